import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const HEADER = `/*
 * Generated from docs/openapi.json by openapi-typescript (\`npm run docs\`); do not edit.
 * Types of every path, operation and schema of the gateway's API, for openapi-fetch or any typed
 * fetch wrapper (decision 0073).
 */
`;

/**
 * The TypeScript client of an OpenAPI document, as openapi-typescript generates it. Rejects a
 * document the generator cannot read (a dangling \`$ref\`, a malformed schema).
 */
export async function renderApiClient(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { silent: true });
  return HEADER + astToString(ast);
}

/**
 * The type errors of `files` compiled together the way the workspace compiles (strict, nodenext),
 * with nothing emitted: what `tsc --noEmit` would report.
 */
export function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return text;
    return `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ${text}`;
  });
}
