/**
 * Applies the process's BUS_PREFIX to subjects, streams and durable consumer names. Contracts declare
 * names without a prefix; only this class knows that tests run many buses on one NATS server.
 */
export class BusNames {
  constructor(readonly prefix = '') {}

  subject(subject: string): string {
    return this.prefix ? `${this.prefix}.${subject}` : subject;
  }

  /** Strips the prefix from a received subject. */
  unprefixed(subject: string): string {
    return this.prefix && subject.startsWith(`${this.prefix}.`)
      ? subject.slice(this.prefix.length + 1)
      : subject;
  }

  stream(name: string): string {
    return this.prefix ? `${this.prefix.toUpperCase().replaceAll('-', '_')}_${name}` : name;
  }

  durable(name: string): string {
    return this.prefix ? `${this.prefix}_${name}` : name;
  }
}
