import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'maintenance:int',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
};
