/** Stops containers that globalSetup started (a no-op for external infrastructure). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __pcsInfra?: { stop(): Promise<void> } }).__pcsInfra?.stop();
}
