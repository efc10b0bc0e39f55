import { enableCompileCache } from 'node:module';

// A cold start is mostly loading ~2,800 modules (bench S11). The build bundles the process
// (start.ts and all it imports) into one file, which halves that (decision 0178); V8's code cache,
// kept in the OS temp directory, lets a restart skip compiling it (decision 0162). The cache must be
// on before the bundle loads, so the bundle is imported only after. The specifier is a value so
// that tsc does not look for the bundle, which is made from tsc's output (tools/bundle.mjs).
enableCompileCache();
const bundle = './bundle/start.js';
await import(bundle);
