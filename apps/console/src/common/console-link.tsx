import type { ReactNode } from 'react';
import { BASE, navigate } from '../routing';

/** A link to a console route (`/repairs/…`), followed in the page without reloading it. */
export function ConsoleLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a href={`${BASE}${to}`} onClick={(e) => (e.preventDefault(), navigate(to))}>
      {children}
    </a>
  );
}
