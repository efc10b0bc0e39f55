import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'work-calendar',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
