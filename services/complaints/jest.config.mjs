import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'complaints',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: true,
};
