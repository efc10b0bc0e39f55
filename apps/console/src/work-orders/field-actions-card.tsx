import { Button, Card, Typography } from 'antd';

/** 可执行操作 of a repair request or work order: one large button per action the caller may take. */
export function FieldActionsCard<Action extends string>({
  actions,
  labels,
  none,
  onPick,
}: {
  actions: readonly Action[];
  labels: Readonly<Record<NoInfer<Action>, string>>;
  /** Said when there is nothing to do. */
  none: string;
  onPick(action: NoInfer<Action>): void;
}) {
  return (
    <Card title="可执行操作">
      {actions.length ? (
        <div className="field-actions">
          {actions.map((action) => (
            <Button key={action} size="large" onClick={() => onPick(action)} data-action={action}>
              {labels[action]}
            </Button>
          ))}
        </div>
      ) : (
        <Typography.Text>{none}</Typography.Text>
      )}
    </Card>
  );
}
