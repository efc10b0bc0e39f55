import { BASE } from '../routing';
import type { RegisterDraft } from './caller-card-logic';

const KEY = 'registerDraft';

export interface HandedDraft {
  draft: RegisterDraft;
  /** The unit as the card named it, shown on the form so the desk sees whom the entry is for. */
  unitLabel?: string;
}

/**
 * Opens the register form with the caller card's draft. The draft travels in the history entry's
 * state, not in module memory: it survives a reload and React's double rendering in development.
 */
export function openRegisterWithDraft(handed: HandedDraft): void {
  window.history.pushState({ [KEY]: handed }, '', `${BASE}/complaints/new`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The draft the current history entry carries, if it was opened from a caller card. */
export function handedDraft(state: unknown = window.history.state): HandedDraft | undefined {
  if (!state || typeof state !== 'object') return undefined;
  const handed = (state as Record<string, unknown>)[KEY] as HandedDraft | undefined;
  return handed && typeof handed.draft?.customer?.phone === 'string' ? handed : undefined;
}
