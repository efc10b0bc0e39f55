import { preset } from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'console',
  rootDir: import.meta.dirname,
  // The screens' logic is plain TypeScript; the components themselves are proven in a real browser.
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
