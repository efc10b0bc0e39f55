import { App, Button, Descriptions, Form, Grid, Input, Space, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ApiProblem } from '@pcs/api-client';
import { ProblemError } from '../api/gateway-api';
import { EmptyText } from '../common/empty-text';
import { FormDialog } from '../common/form-dialog';
import { fieldErrors } from '../common/parse-errors';
import { ResponsiveTable } from '../common/responsive-table';
import { useLoad } from '../common/use-load';
import { refusesAsItStands, useSubmit } from '../common/use-submit';
import { ProblemAlert } from '../complaints/problem-alert';
import { useConsole } from '../session/session-context';
import { fenToYuanText, formatFen, parseYuan } from './money';
import {
  drawnText,
  FUND_SIZE_FIELDS,
  fundFigures,
  fundRows,
  fundSizeBody,
  fundSizeField,
  fundSizeProblem,
  fundStateOf,
  REPLENISHMENT_FIELDS,
  replenishmentAmountProblem,
  replenishmentBody,
  replenishmentField,
  replenishmentOffer,
  resizeEffectText,
  UNOPENED_TEXT,
  type FundRow,
  type FundSizeFormValues,
  type ReplenishmentFormValues,
  type RevolvingFund,
} from './revolving-funds';

type Action = { kind: 'replenish' | 'resize'; row: FundRow; fund: RevolvingFund };

/**
 * 周转金 (MNT-13): every repair team of the company's directory with its revolving fund — 额度, 余额
 * and 已支用 — or 未开立 until the team's first settlement opens it (decisions 0104, 0356). Finance
 * tops a fund up to its size (补充周转金, decision 0252) and sets its size (调整额度, decision 0356);
 * each dialog keeps one Idempotency-Key, so a double click or a retry moves the money once. After a
 * refusal the dialog reads the fund again, so its figures are those the refusal speaks of (decision
 * 0390). On a phone each team is a card (decision 0316).
 */
export function RevolvingFundsPage() {
  const { api } = useConsole();
  const phone = !Grid.useBreakpoint().md;
  const [action, setAction] = useState<Action>();

  const request = useCallback(async () => {
    const { items: teams } = await api.call('get', '/api/v1/repair-teams', {});
    // One read per team: a fund billing has not opened is a 404, not a failure of the screen.
    const states = await Promise.all(
      teams.map(async (team) => {
        try {
          const fund = await api.call('get', '/api/v1/revolving-funds/{id}', { params: { id: team.id } });
          return fundStateOf({ fund });
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          return fundStateOf({ refused: error.problem });
        }
      }),
    );
    return fundRows(teams, states);
  }, [api]);
  const { data, setData, loading, problem } = useLoad(request);

  /** The fund as the API answered an action: its row shows it at once. */
  const updated = (fund: RevolvingFund) =>
    setData((rows) =>
      rows?.map((row) => (row.id === fund.teamId ? { ...row, state: { kind: 'open', fund } } : row)),
    );

  const figure = (pick: (f: ReturnType<typeof fundFigures>) => string) => (_: unknown, row: FundRow) =>
    row.state.kind === 'open' ? pick(fundFigures(row.state.fund)) : '—';

  return (
    <section aria-labelledby="funds-title">
      <Typography.Title level={2} id="funds-title" style={{ fontSize: 20 }}>
        周转金
      </Typography.Title>
      <Typography.Paragraph style={{ maxWidth: 860 }}>
        每个维修班组一份周转金，默认额度
        ¥100,000.00；班组结算的工程款从中支取，财务补充至额度。班组首次结算支取时开立周转金。
      </Typography.Paragraph>
      <ProblemAlert shown={problem} />
      <ResponsiveTable<FundRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        emptyText={<EmptyText>尚无维修班组：由总工程师在班组名录中添加</EmptyText>}
        card={{ title: 'name', extra: 'state', actions: 'actions' }}
        onRow={(row) => ({ 'data-team': row.id }) as object}
        scroll={phone ? undefined : { x: 960 }}
        columns={[
          { key: 'name', title: '维修班组', dataIndex: 'name' },
          {
            key: 'communities',
            title: '服务小区',
            dataIndex: 'communityIds',
            render: (ids: string[]) => (ids.length ? ids.join('、') : '全公司'),
          },
          {
            key: 'state',
            title: '状态',
            render: (_: unknown, row: FundRow) =>
              row.state.kind === 'open' ? (
                // A solid dark tag: Ant Design's light green fails WCAG AA contrast (axe).
                <Tag color="#1b5e20">已开立</Tag>
              ) : row.state.kind === 'unopened' ? (
                <span data-unopened>{UNOPENED_TEXT}</span>
              ) : (
                <Typography.Text type="danger">{`读取失败：${row.state.title}`}</Typography.Text>
              ),
          },
          {
            key: 'size',
            title: '额度',
            align: 'right',
            render: figure((f) => formatFen(f.sizeFen)),
          },
          {
            key: 'balance',
            title: '余额',
            align: 'right',
            render: figure((f) => formatFen(f.balanceFen)),
          },
          {
            key: 'drawn',
            title: '已支用',
            align: 'right',
            render: figure(drawnText),
          },
          {
            key: 'actions',
            title: '操作',
            render: (_: unknown, row: FundRow) => {
              const { state } = row;
              if (state.kind !== 'open') return null;
              return (
                <Space wrap>
                  <Button
                    size={phone ? 'large' : 'small'}
                    onClick={() => setAction({ kind: 'replenish', row, fund: state.fund })}
                  >
                    补充周转金
                  </Button>
                  <Button
                    size={phone ? 'large' : 'small'}
                    onClick={() => setAction({ kind: 'resize', row, fund: state.fund })}
                  >
                    调整额度
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      {action?.kind === 'replenish' && (
        <ReplenishDialog
          action={action}
          onDone={(fund) => {
            updated(fund);
            setAction(undefined);
          }}
          onRefreshed={updated}
          onCancel={() => setAction(undefined)}
        />
      )}
      {action?.kind === 'resize' && (
        <ResizeDialog
          action={action}
          onDone={(fund) => {
            updated(fund);
            setAction(undefined);
          }}
          onRefreshed={updated}
          onCancel={() => setAction(undefined)}
        />
      )}
    </section>
  );
}

interface DialogProps {
  action: Action;
  onDone(fund: RevolvingFund): void;
  /** The fund as read again after a refusal: its row shows it too. */
  onRefreshed(fund: RevolvingFund): void;
  onCancel(): void;
}

/**
 * The fund a dialog works on: the row's when it opens, read again after the API refuses the form as it
 * stands (a 4xx: someone topped it up or a settlement drew from it meanwhile), so that the figures the
 * dialog shows (余额, 最多可补充) are those the refusal speaks of (decision 0390). Not after a lost answer
 * or a 5xx: the next 提交 replays the same request, and must not be checked against a fund it may have
 * changed already. A failed read keeps the figures shown.
 */
function useDialogFund(action: Action, onRefreshed: (fund: RevolvingFund) => void) {
  const { api } = useConsole();
  const [fund, setFund] = useState(action.fund);
  const [refreshed, setRefreshed] = useState(false);
  const refreshAfter = async (refusal: ApiProblem): Promise<RevolvingFund | undefined> => {
    if (!refusesAsItStands(refusal)) return undefined;
    try {
      const fresh = await api.call('get', '/api/v1/revolving-funds/{id}', { params: { id: action.row.id } });
      setFund(fresh);
      setRefreshed(true);
      onRefreshed(fresh);
      return fresh;
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      return undefined;
    }
  };
  return { fund, refreshed, refreshAfter };
}

/**
 * `submit` called once at a time: a double click's second click can come before the busy button has
 * rendered. Both would carry the dialog's one key anyway (the API replays the first answer).
 */
function useOnceInFlight() {
  const inFlight = useRef(false);
  return async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
    }
  };
}

/** A form item's rule from a check that answers what is wrong (or nothing): shown as it is typed. */
function checked(problem: (typed: string | undefined) => string | undefined) {
  return {
    validator: (_: unknown, typed: string | undefined) => {
      const found = problem(typed);
      return found ? Promise.reject(new Error(found)) : Promise.resolve();
    },
  };
}

function FundFacts({ fund, refreshed }: { fund: RevolvingFund; refreshed: boolean }) {
  const figures = fundFigures(fund);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="额度">{formatFen(figures.sizeFen)}</Descriptions.Item>
        <Descriptions.Item label="余额">
          <span data-balance>{formatFen(figures.balanceFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="已支用">{drawnText(figures)}</Descriptions.Item>
      </Descriptions>
      {refreshed && (
        <Typography.Paragraph type="secondary" data-refreshed style={{ marginTop: -8 }}>
          已重新读取周转金，以上为最新数据
        </Typography.Paragraph>
      )}
    </>
  );
}

/** 补充周转金 (decision 0252): at most what the fund lacks of its size, which the dialog shows. */
function ReplenishDialog({ action, onDone, onRefreshed, onCancel }: DialogProps) {
  const { api } = useConsole();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplenishmentFormValues>();
  // The key is made when the dialog opens (useSubmit's state): every attempt from it carries it.
  const { busy, problem, submit } = useSubmit(form, REPLENISHMENT_FIELDS, (path) =>
    replenishmentField(path.join('.')),
  );
  const once = useOnceInFlight();
  const { fund, refreshed, refreshAfter } = useDialogFund(action, onRefreshed);
  const figures = fundFigures(fund);
  const offer = replenishmentOffer(figures);

  const replenish = (values: ReplenishmentFormValues) =>
    once(async () => {
      const parsed = replenishmentBody(values, figures);
      form.setFields(fieldErrors(['amountYuan', 'note'] as const, parsed));
      if (!parsed.ok) return;
      await submit(
        async (idempotencyKey) => {
          const fund = await api.call('post', '/api/v1/revolving-funds/{id}/replenishments', {
            params: { id: action.row.id },
            body: parsed.body,
            idempotencyKey,
          });
          void message.success(
            `已补充 ${formatFen(parsed.body.amountFen)}，余额 ${formatFen(fund.balanceFen)}`,
          );
          onDone(fund);
        },
        // The amount checked against the fund as it now is: the console's words and figures, not the server's.
        async (refusal) => {
          const fresh = await refreshAfter(refusal);
          const found = fresh && replenishmentAmountProblem(values.amountYuan, fundFigures(fresh));
          if (found) form.setFields([{ name: 'amountYuan', errors: [found] }]);
        },
      );
    });

  return (
    <FormDialog
      title={`补充周转金 · ${action.row.name}`}
      form={form}
      busy={busy}
      problem={problem}
      onFinish={replenish}
      onCancel={() => !busy && onCancel()}
      okDisabled={offer.full}
    >
      <FundFacts fund={fund} refreshed={refreshed} />
      {offer.full ? (
        <Typography.Paragraph strong data-full>
          {offer.text}
        </Typography.Paragraph>
      ) : (
        <>
          <Form.Item
            name="amountYuan"
            label="补充金额（元）"
            rules={[checked((typed) => replenishmentAmountProblem(typed, figures))]}
            extra={offer.help}
          >
            <Input inputMode="decimal" autoComplete="off" />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={200} placeholder="如：转账凭证号" />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

/** 调整额度 (decision 0356): not below what the team has drawn out; the difference moves to or from the float. */
function ResizeDialog({ action, onDone, onRefreshed, onCancel }: DialogProps) {
  const { api } = useConsole();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundSizeFormValues>();
  const { busy, problem, submit } = useSubmit(form, FUND_SIZE_FIELDS, (path) =>
    fundSizeField(path.join('.')),
  );
  const once = useOnceInFlight();
  const { fund, refreshed, refreshAfter } = useDialogFund(action, onRefreshed);
  const figures = fundFigures(fund);
  const typed = parseYuan(Form.useWatch('sizeYuan', form) ?? '');

  const resize = (values: FundSizeFormValues) =>
    once(async () => {
      const parsed = fundSizeBody(values, figures);
      form.setFields(fieldErrors(['sizeYuan', 'note'] as const, parsed));
      if (!parsed.ok) return;
      await submit(
        async (idempotencyKey) => {
          const fund = await api.call('put', '/api/v1/revolving-funds/{id}', {
            params: { id: action.row.id },
            body: parsed.body,
            idempotencyKey,
          });
          void message.success(`额度已调整为 ${formatFen(fund.sizeFen)}，余额 ${formatFen(fund.balanceFen)}`);
          onDone(fund);
        },
        async (refusal) => {
          const fresh = await refreshAfter(refusal);
          const found = fresh && fundSizeProblem(values.sizeYuan, fundFigures(fresh));
          if (found) form.setFields([{ name: 'sizeYuan', errors: [found] }]);
        },
      );
    });

  return (
    <FormDialog
      title={`调整额度 · ${action.row.name}`}
      form={form}
      busy={busy}
      problem={problem}
      initialValues={{ sizeYuan: fenToYuanText(figures.sizeFen) }}
      onFinish={resize}
      onCancel={() => !busy && onCancel()}
    >
      <FundFacts fund={fund} refreshed={refreshed} />
      <Form.Item
        name="sizeYuan"
        label="新额度（元）"
        rules={[checked((typed) => fundSizeProblem(typed, figures))]}
        extra={
          typed.ok && typed.fen >= Math.max(1, figures.drawnFen)
            ? resizeEffectText(figures, typed.fen)
            : `不低于已支用的 ${formatFen(Math.max(0, figures.drawnFen))}，精确到分`
        }
      >
        <Input inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={200} placeholder="如：调整依据、审批单号" />
      </Form.Item>
    </FormDialog>
  );
}
