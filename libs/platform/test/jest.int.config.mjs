import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'platform:int',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../../testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../testing/src/global-teardown.ts',
  testTimeout: 120_000,
  // The outage test mostly waits: let the other files run beside it.
  maxWorkers: 2,
};
