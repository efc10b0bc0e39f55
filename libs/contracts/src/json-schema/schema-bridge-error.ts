/**
 * A contract the schema bridge cannot describe truthfully. Thrown while the documents are generated
 * (and when the gateway builds its OpenAPI document at start), so that the class is fixed, instead of
 * a document that tools reject or that says less than the validators enforce.
 */
export class SchemaBridgeError extends Error {
  constructor(problems: string[]) {
    super(`JSON Schema of the contracts:\n- ${problems.join('\n- ')}`);
    this.name = 'SchemaBridgeError';
  }
}
