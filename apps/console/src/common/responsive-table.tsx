import { Card, Grid, List, Table, type TableProps } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { cardLines, cellOf, type CardColumn, type CardLayout } from './card-fields';

/**
 * A desk list: a table on a desk PC, and on a phone (below Ant Design's `md`) one card a row, as the
 * technicians' work orders are (decision 0168), so nothing is wider than the screen (decision 0316).
 * The card is headed by the `card` layout's columns, lists the others as `title：value`, ends with
 * the row's buttons, and shows `details` (the table's expanded row) folded under 详情; `hasDetails`
 * says which rows have any (all, unless given).
 */
export function ResponsiveTable<Row extends object>({
  card,
  details,
  hasDetails = () => true,
  emptyText,
  ...table
}: Omit<TableProps<Row>, 'columns' | 'dataSource' | 'rowKey' | 'expandable' | 'locale'> & {
  columns: NonNullable<TableProps<Row>['columns']>;
  dataSource: readonly Row[];
  rowKey: keyof Row & string;
  card: CardLayout;
  details?: (row: Row) => ReactNode;
  hasDetails?: (row: Row) => boolean;
  emptyText: ReactNode;
}) {
  const phone = !Grid.useBreakpoint().md;
  if (!phone) {
    return (
      <Table<Row>
        {...table}
        locale={{ emptyText }}
        {...(details
          ? { expandable: { expandedRowRender: (row) => details(row), rowExpandable: hasDetails } }
          : {})}
      />
    );
  }
  const columns = table.columns as readonly CardColumn<Row>[];
  return (
    <List<Row>
      loading={table.loading === true}
      dataSource={[...table.dataSource]}
      locale={{ emptyText }}
      renderItem={(row, index) => {
        const attributes = (table.onRow?.(row, index) ?? {}) as HTMLAttributes<HTMLDivElement>;
        const actions = cellOf(columns, card.actions, row, index);
        return (
          <List.Item key={String(row[table.rowKey])} style={{ padding: '6px 0' }}>
            <div {...attributes} style={{ width: '100%', ...attributes.style }}>
              <Card
                size="small"
                className="desk-card"
                title={cellOf(columns, card.title, row, index)}
                extra={cellOf(columns, card.extra, row, index)}
              >
                {cardLines(columns, card, row, index).map((line) => (
                  <div key={line.key} className="desk-card-line">
                    <span className="desk-card-label">{line.label}：</span>
                    {line.value}
                  </div>
                ))}
                {details && hasDetails(row) && (
                  <details className="desk-card-details">
                    <summary>详情</summary>
                    {details(row)}
                  </details>
                )}
                {actions ? <div className="field-actions desk-card-actions">{actions}</div> : null}
              </Card>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
