import { EmptyText } from '../common/empty-text';
import type { ApiSchema } from '@pcs/api-client';
import { Alert, Button, Grid, Space, Statistic } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { ResponsiveTable } from '../common/responsive-table';
import { useLoad } from '../common/use-load';
import { ProblemAlert } from '../complaints/problem-alert';
import { mayCall } from '../permissions/operation-roles';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { DownloadButton } from '../reports/download-button';
import { useConsole } from '../session/session-context';
import { accountActionsFor } from '../units/unit-sections';
import { knownPeople, mixesPayers, payerLabeller, statementPayerIds, type PayerRef } from './account-payers';
import { formatFen } from './money';
import { mayReverse } from './payment-checks';
import { RecordPaymentDialog } from './record-payment-dialog';
import { ReversePaymentDialog } from './reverse-payment-dialog';

type UnitView = ApiSchema<'UnitView'>;
type BillView = ApiSchema<'BillView'>;
type PaymentView = ApiSchema<'PaymentView'>;
type BillLineView = ApiSchema<'BillLineView'>;
type CreditEntryView = ApiSchema<'CreditEntryView'>;
type CreditRow = CreditEntryView & { key: string };

const at = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
const money = (fen: number) => formatFen(fen);

/**
 * A unit's account (BIL-*): what it owes and holds in credit, its bills and payments; finance records a
 * payment here (once the statement says what is owed, decision 0312) and reverses a recorded one
 * (BIL-6, finance and the customer-service manager), and whoever may read the statement downloads it
 * as the PDF a resident is given. Each bill, payment and credit entry names its payer (decision 0389):
 * after a re-bill one unit holds several people's bills of the same month. On a phone each list is
 * cards (decision 0389), so 转入预存 and 冲回 are on the screen.
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

  const phone = !Grid.useBreakpoint().md;
  const mayReadPeople = mayCall(PERMISSION_TABLE, 'getPerson', session.roles);
  const payerOf = useMemo(
    () =>
      statement
        ? payerLabeller(knownPeople(unit.occupants, mayReadPeople), statementPayerIds(statement))
        : () => '',
    [statement, unit.occupants, mayReadPeople],
  );
  const payerCell = (_: unknown, row: PayerRef) => <span data-payer>{payerOf(row)}</span>;
  const creditRows: CreditRow[] = (statement?.creditEntries ?? []).map((entry, i) => ({
    ...entry,
    key: `${entry.at}-${entry.kind}-${entry.reference ?? ''}-${entry.amountFen}-${i}`,
  }));

  return (
    <section aria-labelledby="account-title" style={{ marginTop: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <h3 id="account-title" style={{ fontSize: 16, margin: 0 }}>
          账户
        </h3>
        <Space wrap>
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
          <Space size="large" wrap style={{ marginBottom: 12 }}>
            <Statistic title="欠费" value={money(statement.owedFen)} data-owed={statement.owedFen} />
            <Statistic title="预存余额" value={money(statement.creditFen)} />
            <Statistic title="截至" value={at(statement.asOf)} valueStyle={{ fontSize: 16 }} />
          </Space>
          {mixesPayers(statement) && (
            <Alert
              type="info"
              showIcon
              data-mixed-payers
              style={{ marginBottom: 12 }}
              message="本房屋的账单与预存余额属于不同缴费人：欠费、预存余额为房屋合计，彼此不能抵销；各人所欠与所存见下列各行的缴费人。"
            />
          )}
          {(statement.rebillNeeded ?? []).map((r) => (
            // Decision 0387: a month the occupancy correction left to finance, until it is re-billed.
            <Alert
              key={r.period}
              type="warning"
              showIcon
              data-rebill-needed={r.period}
              style={{ marginBottom: 12 }}
              message={`${r.period} 待财务重新出账（${r.causeLabel}）`}
              description={`${r.reason}${r.billNumbers.length ? `：${r.billNumbers.join('、')}` : ''}`}
            />
          ))}
          <h4 style={{ fontSize: 14, margin: '8px 0' }}>账单</h4>
          <ResponsiveTable<BillView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={statement.bills}
            emptyText={<EmptyText>暂无账单</EmptyText>}
            card={{ title: 'number', extra: 'statusLabel' }}
            onRow={(bill) => ({ 'data-bill': bill.number }) as object}
            scroll={phone ? undefined : { x: 1000 }}
            hasDetails={(bill) => bill.lines.length > 0}
            details={(bill) => <BillLines lines={bill.lines} />}
            columns={[
              { title: '账单号', dataIndex: 'number', width: 190 },
              { title: '缴费人', key: 'payer', width: 130, render: payerCell },
              { title: '说明', dataIndex: 'description', ellipsis: !phone },
              { title: '来源', dataIndex: 'sourceLabel', width: 90 },
              { title: '金额', dataIndex: 'amountFen', width: 110, align: 'right', render: money },
              { title: '未付', dataIndex: 'outstandingFen', width: 110, align: 'right', render: money },
              { title: '到期日', dataIndex: 'dueDate', width: 110 },
              { title: '状态', dataIndex: 'statusLabel', width: 80 },
            ]}
          />
          <h4 style={{ fontSize: 14, margin: '16px 0 8px' }}>收款</h4>
          <ResponsiveTable<PaymentView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={statement.payments}
            emptyText={<EmptyText>暂无收款</EmptyText>}
            card={{ title: 'receiptNumber', extra: 'statusLabel', actions: 'actions' }}
            onRow={(payment) => ({ 'data-payment': payment.receiptNumber }) as object}
            scroll={phone ? undefined : { x: 1000 }}
            columns={[
              { title: '收据号', dataIndex: 'receiptNumber', width: 190 },
              { title: '缴费人', key: 'payer', width: 130, render: payerCell },
              { title: '收款时间', dataIndex: 'receivedAt', width: 170, render: at },
              { title: '方式', dataIndex: 'methodLabel', width: 100 },
              { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: money },
              { title: '转入预存', dataIndex: 'creditFen', width: 120, align: 'right', render: money },
              { title: '状态', dataIndex: 'statusLabel', width: 80 },
              ...(actions.reversePayment
                ? [
                    {
                      title: '操作',
                      key: 'actions',
                      width: 80,
                      render: (_: unknown, payment: PaymentView) =>
                        mayReverse(payment, session.roles, PERMISSION_TABLE) && (
                          <Button
                            size={phone ? 'large' : 'small'}
                            danger
                            data-reverse
                            onClick={() => setReversing(payment)}
                          >
                            冲回
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          <h4 style={{ fontSize: 14, margin: '16px 0 8px' }}>预存余额变动</h4>
          <ResponsiveTable<CreditRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={creditRows}
            emptyText={<EmptyText>暂无预存余额变动</EmptyText>}
            card={{ title: 'kindLabel', extra: 'amountFen' }}
            scroll={phone ? undefined : { x: 900 }}
            columns={[
              { title: '时间', dataIndex: 'at', width: 170, render: at },
              { title: '缴费人', key: 'payer', width: 130, render: payerCell },
              { title: '类型', dataIndex: 'kindLabel', width: 140 },
              { title: '单据号', dataIndex: 'reference', width: 190 },
              { title: '说明', dataIndex: 'description', ellipsis: !phone },
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

/** A bill's lines: a table under its row, or cards under its card's 详情 on a phone. */
function BillLines({ lines }: { lines: readonly BillLineView[] }) {
  return (
    <ResponsiveTable<BillLineView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={lines}
      emptyText={<EmptyText>无明细</EmptyText>}
      card={{ title: 'itemLabel', extra: 'amountFen' }}
      columns={[
        { title: '收费项目', dataIndex: 'itemLabel', width: 140 },
        { title: '说明', dataIndex: 'description' },
        { title: '金额', dataIndex: 'amountFen', width: 120, align: 'right', render: money },
        { title: '已付', dataIndex: 'paidFen', width: 120, align: 'right', render: money },
      ]}
    />
  );
}
