/** Who is signed in, as the token's claims say (the gateway verifies the token; this only displays). */
export interface StaffSession {
  token: string;
  staffId: string;
  name: string;
  company: string;
  roles: string[];
  communities: string[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Reads a staff token's claims without verifying it; undefined for anything that is not one. */
export function sessionOfToken(token: string): StaffSession | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const strings = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    if (typeof claims['sub'] !== 'string' || typeof claims['exp'] !== 'number') return undefined;
    return {
      token,
      staffId: claims['sub'],
      name: typeof claims['name'] === 'string' ? claims['name'] : claims['sub'],
      company: typeof claims['company'] === 'string' ? claims['company'] : '',
      roles: strings(claims['roles']),
      communities: strings(claims['communities']),
      expiresAt: claims['exp'],
    };
  } catch {
    return undefined; // not base64 or not JSON: not a token of ours
  }
}

export function isExpired(session: StaffSession, now: Date): boolean {
  return session.expiresAt * 1000 <= now.getTime();
}

const STORAGE_KEY = 'pcs.console.token';

/** Kept per browser tab (sessionStorage): closing the tab signs out, a shared desk PC keeps no token. */
export function loadSession(storage: Storage, now: Date): StaffSession | undefined {
  const token = storage.getItem(STORAGE_KEY);
  const session = token ? sessionOfToken(token) : undefined;
  return session && !isExpired(session, now) ? session : undefined;
}

export function saveSession(storage: Storage, session: StaffSession | undefined): void {
  if (session) storage.setItem(STORAGE_KEY, session.token);
  else storage.removeItem(STORAGE_KEY);
}
