/** Options for a select from a labels table, in its order. */
export function optionsOf<C extends string>(
  labels: Readonly<Record<C, string>>,
): { value: C; label: string }[] {
  return (Object.entries(labels) as [C, string][]).map(([value, label]) => ({ value, label }));
}

/** Options for a select of communities, each shown by its id ('GZ01'). */
export function communityOptions(communities: readonly string[]): { value: string; label: string }[] {
  return communities.map((id) => ({ value: id, label: id }));
}
