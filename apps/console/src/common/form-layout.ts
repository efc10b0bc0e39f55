/**
 * A desk form's layout: labels beside the fields on a desk PC, above them on a phone, where a label
 * column and the button's offset made the form wider than the screen (decision 0316).
 */
export function formLayout(phone: boolean) {
  return phone
    ? { layout: 'vertical' as const }
    : { layout: 'horizontal' as const, labelCol: { span: 5 }, wrapperCol: { span: 17 } };
}

/** The form's button row: under the fields' column on a desk PC, at the left on a phone. */
export function buttonRowLayout(phone: boolean) {
  return phone ? {} : { wrapperCol: { offset: 5, span: 17 } };
}
