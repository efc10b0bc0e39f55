import { describe, expect, it } from '@jest/globals';
import { cardLines, cellOf, type CardColumn } from './card-fields';
import { buttonRowLayout, formLayout } from './form-layout';

interface CallBack {
  number: string;
  reasonLabel: string;
  customer: { surname?: string };
  channelLabel?: string;
  statusLabel: string;
}

const columns: CardColumn<CallBack>[] = [
  { key: 'number', title: '登记编号', dataIndex: 'number' },
  { key: 'reason', title: '原因', render: (_, row) => `${row.reasonLabel}·客服主管` },
  { key: 'customer', title: '客户', dataIndex: ['customer', 'surname'] },
  { key: 'channel', title: '方式', dataIndex: 'channelLabel', render: (l?: string) => l ?? '—' },
  { key: 'status', title: '状态', dataIndex: 'statusLabel' },
  { key: 'actions', title: '操作', render: () => '记录回电' },
];
const row: CallBack = {
  number: 'TS-GZ01-2026-000041',
  reasonLabel: '投诉上报',
  customer: { surname: '王' },
  statusLabel: '待回电',
};

describe('a desk list as cards on a phone (decision 0316)', () => {
  const layout = { title: 'number', extra: 'status', actions: 'actions' };

  it('heads the card with its title, status and buttons, as the table shows them', () => {
    expect(cellOf(columns, 'number', row, 0)).toBe('TS-GZ01-2026-000041');
    expect(cellOf(columns, 'status', row, 0)).toBe('待回电');
    expect(cellOf(columns, 'actions', row, 0)).toBe('记录回电');
    expect(cellOf(columns, undefined, row, 0)).toBeUndefined();
  });

  it('lists the other columns as title and value, in order, leaving out those with nothing to show', () => {
    expect(cardLines(columns, layout, row, 0)).toEqual([
      { key: 'reason', label: '原因', value: '投诉上报·客服主管' },
      { key: 'customer', label: '客户', value: '王' },
    ]);
    expect(cardLines(columns, { title: 'number' }, { ...row, channelLabel: '电话' }, 0)).toEqual([
      { key: 'reason', label: '原因', value: '投诉上报·客服主管' },
      { key: 'customer', label: '客户', value: '王' },
      { key: 'channel', label: '方式', value: '电话' },
      { key: 'status', label: '状态', value: '待回电' },
      { key: 'actions', label: '操作', value: '记录回电' },
    ]);
  });

  it('puts a desk form’s labels above its fields on a phone, beside them on a desk PC', () => {
    expect(formLayout(true)).toEqual({ layout: 'vertical' });
    expect(formLayout(false)).toEqual({
      layout: 'horizontal',
      labelCol: { span: 5 },
      wrapperCol: { span: 17 },
    });
    expect(buttonRowLayout(true)).toEqual({});
    expect(buttonRowLayout(false)).toEqual({ wrapperCol: { offset: 5, span: 17 } });
  });
});
