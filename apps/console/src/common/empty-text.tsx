import type { ReactNode } from 'react';

/**
 * A table's "nothing here" in a text colour with 4.5:1 contrast: Ant Design's own placeholder grey
 * fails WCAG AA (axe's serious color-contrast), and empty tables are common on the desk's screens.
 */
export function EmptyText({ children }: { children: ReactNode }) {
  return <span style={{ color: 'rgba(0, 0, 0, 0.68)' }}>{children}</span>;
}

/** A table's `locale` whose empty text is `text`, legible. */
export function emptyText(text: string) {
  return { emptyText: <EmptyText>{text}</EmptyText> };
}
