/// <reference types="vite/client" />
/** The gateway's permission table (`x-roles` of each operation), put in by vite.config.ts at build time. */
declare const __OPERATION_ROLES__: Readonly<Record<string, readonly string[]>>;
