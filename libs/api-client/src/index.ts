import type { components, operations } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';

/** The Chinese label of every code of the contracts' enumerations: `LABELS.ComplaintStatus['assigned']`. */
export { LABELS } from './generated/labels.js';
import type { LABELS } from './generated/labels.js';
/** The codes of one enumeration: `CodeOf<'ComplaintStatus'>`. */
export type LabelledCode<Name extends keyof typeof LABELS> = keyof (typeof LABELS)[Name] & string;

/** A schema of the API by name: `ApiSchema<'ComplaintView'>`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The problem details (RFC 9457) that every error answer carries. */
export type ApiProblem = components['schemas']['Problem'];

/** The JSON body an operation takes, by its operationId: `ApiRequestBody<'registerComplaint'>`. */
export type ApiRequestBody<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
