import { Card } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { ProblemError } from '../api/gateway-api';
import { presentProblem, type ProblemPresentation } from '../api/problem-fields';
import { ProblemAlert } from '../complaints/problem-alert';

/**
 * A section of a unit's page that loads its own route: one refused or slow section does not hold up
 * or hide the others.
 */
export function LoadedSection<T>({
  title,
  load,
  children,
  extra,
}: {
  /** None for the page's first section, whose content carries the page's heading. */
  title?: string;
  load: () => Promise<T>;
  children: (data: T) => ReactNode;
  extra?: ReactNode;
}) {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<ProblemPresentation>();

  useEffect(() => {
    let current = true;
    setProblem(undefined);
    load().then(
      (loaded) => current && setData(loaded),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ProblemError) setProblem(presentProblem(error.problem, {}));
        else setProblem({ title: '加载失败', general: [String(error)], fields: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [load]);

  return (
    <Card
      title={title ? <h3 style={{ fontSize: 16, margin: 0 }}>{title}</h3> : undefined}
      extra={extra}
      size="small"
      style={{ marginBottom: 16 }}
      loading={!data && !problem}
    >
      <ProblemAlert shown={problem} />
      {data !== undefined && children(data)}
    </Card>
  );
}
