/** A rule of an Ant Design form item, as the console's forms use them. */
export interface RequiredRule {
  required: true;
  whitespace: true;
  message: string;
}

/**
 * A required entry: `whitespace` makes a text of only spaces count as empty, as the API's texts must
 * say something (decision 0219), so the form refuses it before sending (decision 0310).
 */
export const required = (message: string): RequiredRule => ({ required: true, whitespace: true, message });
