import type { ReactNode } from 'react';

/** What a card needs of a table's column: its key, its title, where its value is and how it is shown. */
export interface CardColumn<Row> {
  key?: string | number | bigint;
  title?: ReactNode;
  dataIndex?: string | number | readonly (string | number)[];
  render?(value: never, row: Row, index: number): ReactNode;
}

/** How a list's rows become cards on a phone: the columns that head the card, and what it leaves out. */
export interface CardLayout {
  /** The column shown as the card's title (a record's number, an item's name). */
  title: string;
  /** The column shown at the card's top right (its status). */
  extra?: string;
  /** The column of the row's buttons, shown at the card's foot, as large as the technicians' (decision 0168). */
  actions?: string;
}

const EMPTY: readonly unknown[] = [undefined, null, false, '', '—'];

const keyOf = <Row>(column: CardColumn<Row>): string =>
  String(
    column.key ?? (Array.isArray(column.dataIndex) ? column.dataIndex.join('.') : column.dataIndex) ?? '',
  );

function valueOf<Row>(column: CardColumn<Row>, row: Row, index: number): ReactNode {
  const path = column.dataIndex === undefined ? [] : [column.dataIndex].flat();
  let value: unknown = row;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  if (column.render) return column.render((path.length ? value : undefined) as never, row, index);
  return path.length ? (value as ReactNode) : undefined;
}

/** A column's cell as the table shows it, by the column's key (or `dataIndex`). */
export function cellOf<Row>(
  columns: readonly CardColumn<Row>[],
  key: string | undefined,
  row: Row,
  index: number,
): ReactNode {
  const column = key === undefined ? undefined : columns.find((c) => keyOf(c) === key);
  return column ? valueOf(column, row, index) : undefined;
}

/**
 * The lines of a row's card on a phone (decision 0316): each column but those heading the card, as
 * `title：value`, in the table's order; a column with nothing to show (empty, `—`) is left out, so a
 * card is as short as its row allows.
 */
export function cardLines<Row>(
  columns: readonly CardColumn<Row>[],
  layout: CardLayout,
  row: Row,
  index: number,
): { key: string; label: ReactNode; value: ReactNode }[] {
  const heading = [layout.title, layout.extra, layout.actions];
  return columns
    .filter((column) => !heading.includes(keyOf(column)))
    .map((column) => ({ key: keyOf(column), label: column.title, value: valueOf(column, row, index) }))
    .filter(({ value }) => !EMPTY.includes(value));
}
