import type { ReactNode } from 'react';

/**
 * A table's "nothing here" in the theme's secondary text colour: Ant Design's own placeholder grey
 * fails WCAG AA contrast (axe flags it), and an empty section is common on a unit's page.
 */
export function EmptyText({ children }: { children: ReactNode }) {
  return <span style={{ color: 'rgba(0, 0, 0, 0.68)' }}>{children}</span>;
}
