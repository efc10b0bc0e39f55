import { Alert } from 'antd';
import type { ProblemPresentation } from '../api/problem-fields';

/** A refusal's Chinese title with the errors no form field shows. */
export function ProblemAlert({
  shown,
}: {
  shown: Pick<ProblemPresentation, 'title' | 'general'> | undefined;
}) {
  if (!shown) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      message={shown.title}
      description={
        shown.general.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {shown.general.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
