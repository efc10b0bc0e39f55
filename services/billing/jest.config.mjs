import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'billing',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: true,
};
