/** Lets a polling loop sleep until either its interval passes or somebody wakes it. */
export class WakeSignal {
  private wake?: () => void;
  private pending = false;

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  async wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = undefined;
    this.pending = false;
  }
}
