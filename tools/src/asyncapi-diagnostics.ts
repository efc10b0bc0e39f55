import { Parser } from '@asyncapi/parser';

export interface AsyncApiDiagnostic {
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  at: string;
}

// Spectral's DiagnosticSeverity, which the parser reports: 0 error, 1 warning, 2 information, 3 hint.
const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/**
 * What the official AsyncAPI parser (`@asyncapi/parser`, the one AsyncAPI's CLI, Studio and
 * generators use) says of a document: its schema validation, `$ref` resolution and its rules.
 */
export async function asyncApiDiagnostics(document: string): Promise<AsyncApiDiagnostic[]> {
  const { diagnostics } = await new Parser().parse(document);
  return diagnostics.map((d) => ({
    severity: SEVERITIES[d.severity] ?? 'error',
    code: String(d.code),
    message: d.message,
    at: d.path.join('/'),
  }));
}
