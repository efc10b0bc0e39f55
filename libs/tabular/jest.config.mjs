import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'tabular',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
