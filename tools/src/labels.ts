import * as contracts from '@pcs/contracts';

const HEADER = `/*
 * Generated from libs/contracts by \`npm run docs\`; do not edit.
 * The Chinese label of every code of every enumeration in the contracts, by the enumeration's name,
 * so that a browser can show them without bundling the contracts (and the validation library they
 * bring). Keys are in the contracts' order, which is the order a form offers them in.
 */
`;

interface LabelledCodesLike {
  codes: readonly string[];
  labels: Record<string, string>;
  label: (code: string) => string;
}

function isLabelledCodes(value: unknown): value is LabelledCodesLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<LabelledCodesLike>;
  return (
    Array.isArray(candidate.codes) &&
    typeof candidate.labels === 'object' &&
    typeof candidate.label === 'function'
  );
}

/** Every labelled enumeration the contracts export, by export name (sorted). */
export function contractLabels(
  exports: Record<string, unknown> = contracts,
): Record<string, Readonly<Record<string, string>>> {
  const found: Record<string, Readonly<Record<string, string>>> = {};
  for (const name of Object.keys(exports).sort()) {
    const value = exports[name];
    if (isLabelledCodes(value)) found[name] = Object.fromEntries(value.codes.map((c) => [c, value.label(c)]));
  }
  return found;
}

/** The TypeScript module `libs/api-client/src/generated/labels.ts`. */
export function renderLabels(labels = contractLabels()): string {
  const body = Object.entries(labels)
    .map(([name, codes]) => {
      const entries = Object.entries(codes).map(
        ([code, label]) => `    ${JSON.stringify(code)}: ${JSON.stringify(label)},`,
      );
      return `  ${name}: {\n${entries.join('\n')}\n  },`;
    })
    .join('\n');
  return `${HEADER}export const LABELS = {\n${body}\n} as const;\n`;
}
