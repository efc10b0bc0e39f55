/**
 * Every command, query and event is declared once, here in the contracts: its subject, its payload
 * class (class-validator) and, for events, its versioned CloudEvents type. Code refers to these
 * declarations, never to subject strings.
 */
export interface CommandDefinition<Req extends object, Res> {
  readonly kind: 'command' | 'query';
  readonly subject: string;
  readonly request: new () => Req;
  /** Phantom: only carries the response type. */
  readonly response?: Res;
  readonly summary: string;
}

export interface EventDefinition<Data extends object> {
  readonly subject: string;
  /** `<aggregate>.<event>.v<version>` */
  readonly type: string;
  readonly version: number;
  readonly data: new () => Data;
  readonly summary: string;
}

export function defineCommand<Req extends object, Res>(def: {
  subject: string;
  request: new () => Req;
  summary: string;
}): CommandDefinition<Req, Res> {
  return Object.freeze({ kind: 'command', ...def });
}

export function defineQuery<Req extends object, Res>(def: {
  subject: string;
  request: new () => Req;
  summary: string;
}): CommandDefinition<Req, Res> {
  return Object.freeze({ kind: 'query', ...def });
}

export function defineEvent<Data extends object>(def: {
  subject: string;
  type: string;
  data: new () => Data;
  summary: string;
}): EventDefinition<Data> {
  const version = Number(/\.v(\d+)$/.exec(def.type)?.[1]);
  if (!Number.isInteger(version)) throw new Error(`event type ${def.type} must end in .v<version>`);
  return Object.freeze({ ...def, version });
}

export type RequestOf<D> = D extends CommandDefinition<infer Req, unknown> ? Req : never;
export type ResponseOf<D> = D extends CommandDefinition<object, infer Res> ? Res : never;
export type DataOf<D> = D extends EventDefinition<infer Data> ? Data : never;
