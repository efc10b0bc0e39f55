import { preset } from '../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'tools',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60_000,
};
