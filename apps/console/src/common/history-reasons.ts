/** Per action, the labels of a reason that is an enumerated code (the pause reason), not free text. */
export type ReasonLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A history entry's reason as staff read it: an enumerated code with its Chinese label (a pause's
 * `customer-away` is 客户不在), free text as it was written (decision 0308).
 */
export function reasonText(
  entry: { action: string; reason?: string },
  labels: ReasonLabels = {},
): string | undefined {
  if (!entry.reason) return undefined;
  return labels[entry.action]?.[entry.reason] ?? entry.reason;
}
