import { enableCompileCache } from 'node:module';

// A cold start is mostly loading ~2,800 modules, a good part of it compiling them (bench S11,
// decision 0162): V8's code cache, kept in the OS temp directory, lets a restart skip the compiling.
// It must be on before any of them loads, so the process itself (start.ts) is imported only after.
enableCompileCache();
await import('./start.js');
