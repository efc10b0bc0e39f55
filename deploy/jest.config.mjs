import { preset } from '../jest.preset.mjs';

/** Offline checks of the Kubernetes manifests and Dockerfiles: render, schema, policies. No cluster needed. */
export default {
  ...preset,
  displayName: 'deploy',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // Rendering with kubectl and type-checking every object with the TypeScript compiler take seconds.
  testTimeout: 120_000,
};
