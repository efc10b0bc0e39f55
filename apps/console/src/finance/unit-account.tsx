import { EmptyText } from '../common/empty-text';
import type { ApiSchema } from '@pcs/api-client';
import { Button, Space, Statistic, Table, type TableColumnType } from 'antd';
import { useCallback, useState } from 'react';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { mayCall } from '../permissions/operation-roles';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { DownloadButton } from '../reports/download-button';
import { useConsole } from '../session/session-context';
import { accountActionsFor } from '../units/unit-sections';
import { formatFen } from './money';
import { mayReverse } from './payment-checks';
import { RecordPaymentDialog } from './record-payment-dialog';
import { ReversePaymentDialog } from './reverse-payment-dialog';

type UnitView = ApiSchema<'UnitView'>;
type PaymentView = ApiSchema<'PaymentView'>;

const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const money = (fen: number) => formatFen(fen);

/**
 * A unit's account (BIL-*): what it owes and holds in credit, its bills and payments; finance records a
 * payment here (once the statement says what is owed, decision 0312) and reverses a recorded one
 * (BIL-6, finance and the customer-service manager), and whoever may read the statement downloads it
 * as the PDF a resident is given.
 */
export function UnitAccount({ unit }: { unit: UnitView }) {
  const { api, session } = useConsole();
  const actions = {
    ...accountActionsFor(session.roles, PERMISSION_TABLE),
    reversePayment: mayCall(PERMISSION_TABLE, 'reversePayment', session.roles),
  };
  const [paying, setPaying] = useState(false);
  const [reversing, setReversing] = useState<PaymentView>();
  const {
    data: statement,
    problem,
    reload,
  } = useLoad(
    useCallback(
      () => api.call('get', '/api/v1/units/{id}/statement', { params: { id: unit.id } }),
      [api, unit.id],
    ),
  );

  const reverseColumn: TableColumnType<PaymentView> = {
    title: '操作',
    key: 'actions',
    width: 80,
    render: (_, payment) =>
      mayReverse(payment, session.roles, PERMISSION_TABLE) && (
        <Button size="small" danger data-reverse onClick={() => setReversing(payment)}>
          冲回
        </Button>
      ),
  };

  return (
    <section aria-labelledby="account-title" style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <h3 id="account-title" style={{ fontSize: 16, margin: 0 }}>
          账户
        </h3>
        <Space>
          {actions.recordPayment && (
            <Button type="primary" disabled={!statement} onClick={() => setPaying(true)}>
              记录收款
            </Button>
          )}
          {actions.statementPdf && (
            <DownloadButton
              path="/api/v1/units/{id}/statement.pdf"
              params={{ id: unit.id }}
              fileName={`对账单-${unit.label}.pdf`}
              label="下载对账单（PDF）"
            />
          )}
        </Space>
      </Space>
      <ProblemAlert shown={problem} />
      {statement && (
        <>
          <Space size="large" style={{ marginBottom: 12 }}>
            <Statistic title="欠费" value={money(statement.owedFen)} data-owed={statement.owedFen} />
            <Statistic title="预存余额" value={money(statement.creditFen)} />
            <Statistic title="截至" value={at(statement.asOf)} valueStyle={{ fontSize: 16 }} />
          </Space>
          <h4 style={{ fontSize: 14, margin: '8px 0' }}>账单</h4>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={statement.bills}
            locale={{ emptyText: <EmptyText>暂无账单</EmptyText> }}
            scroll={{ x: 900 }}
            expandable={{
              rowExpandable: (bill) => bill.lines.length > 0,
              expandedRowRender: (bill) => (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={bill.lines}
                  columns={[
                    { title: '收费项目', dataIndex: 'itemLabel', width: 140 },
                    { title: '说明', dataIndex: 'description' },
                    { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: money },
                    { title: '已付', dataIndex: 'paidFen', width: 120, align: 'right', render: money },
                  ]}
                />
              ),
            }}
            columns={[
              { title: '账单号', dataIndex: 'number', width: 190 },
              { title: '说明', dataIndex: 'description', ellipsis: true },
              { title: '来源', dataIndex: 'sourceLabel', width: 90 },
              { title: '金额', dataIndex: 'amountFen', width: 110, align: 'right', render: money },
              { title: '未付', dataIndex: 'outstandingFen', width: 110, align: 'right', render: money },
              { title: '到期日', dataIndex: 'dueDate', width: 110 },
              { title: '状态', dataIndex: 'statusLabel', width: 80 },
            ]}
          />
          <h4 style={{ fontSize: 14, margin: '16px 0 8px' }}>收款</h4>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={statement.payments}
            locale={{ emptyText: <EmptyText>暂无收款</EmptyText> }}
            onRow={(payment) => ({ 'data-payment': payment.receiptNumber }) as object}
            columns={[
              { title: '收据号', dataIndex: 'receiptNumber', width: 190 },
              { title: '收款时间', dataIndex: 'receivedAt', width: 170, render: at },
              { title: '方式', dataIndex: 'methodLabel', width: 100 },
              { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: money },
              { title: '转入预存', dataIndex: 'creditFen', width: 120, align: 'right', render: money },
              { title: '状态', dataIndex: 'statusLabel', width: 80 },
              ...(actions.reversePayment ? [reverseColumn] : []),
            ]}
          />
          <h4 style={{ fontSize: 14, margin: '16px 0 8px' }}>预存余额变动</h4>
          <Table
            rowKey={(entry) => `${entry.at}-${entry.kind}-${entry.reference ?? ''}-${entry.amountFen}`}
            size="small"
            pagination={false}
            dataSource={statement.creditEntries}
            locale={{ emptyText: <EmptyText>暂无预存余额变动</EmptyText> }}
            columns={[
              { title: '时间', dataIndex: 'at', width: 170, render: at },
              { title: '类型', dataIndex: 'kindLabel', width: 140 },
              { title: '单据号', dataIndex: 'reference', width: 190 },
              { title: '说明', dataIndex: 'description', ellipsis: true },
              { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: money },
            ]}
          />
        </>
      )}
      {paying && statement && (
        <RecordPaymentDialog
          unit={unit}
          owedFen={statement.owedFen}
          onClose={(recorded) => {
            setPaying(false);
            if (recorded) void reload();
          }}
        />
      )}
      {reversing && (
        <ReversePaymentDialog
          payment={reversing}
          onClose={(reversed) => {
            setReversing(undefined);
            if (reversed) void reload();
          }}
        />
      )}
    </section>
  );
}
