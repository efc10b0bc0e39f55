import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  DrawRevolvingFund,
  QualityDepositMovementKind,
  ReceiveQualityDeposit,
  ReleaseQualityDeposit,
  ReplenishRevolvingFund,
  SetRevolvingFundSize,
  sameName,
  tidyName,
  type DrawRevolvingFundV1,
  type PageQuery,
  type QualityDepositMovementView,
  type GetQualityDepositV1,
  type GetRevolvingFundV1,
  type QualityDepositView,
  type ReceiveQualityDepositV1,
  type ReleaseQualityDepositV1,
  type ReplenishRevolvingFundV1,
  type RevolvingFundDrawView,
  type RevolvingFundView,
  type SetRevolvingFundSizeV1,
} from '@pcs/contracts';
import { CallContext, newId, pageWindow, runCommand, toPage } from '@pcs/platform';
import { DEFAULT_TIME_ZONE, localDateOf } from '@pcs/work-calendar';
import { Clock } from '../clock/clock.js';
import { Accounts } from '../ledger/ledger.rules.js';
import { balanceOf, lockAccount, lockOpenAccount, post } from '../ledger/ledger.js';
import { FundMovement } from './fund-movement.entity.js';
import { QualityDepositContractor } from './quality-deposit-contractor.entity.js';

/** MNT-13: a repair team's revolving fund opens with 100,000 yuan (decision 0104). */
export const REVOLVING_FUND_FLOAT_FEN = 10_000_000n;

/** The movements that make a fund's size: its opening and finance's size changes (decision 0356). */
const SIZE_KINDS = ['revolving-fund-opening', 'revolving-fund-resize'] as const;

const yuan = (fen: bigint) => (Number(fen) / 100).toFixed(2);

/** A page of a deposit's movements ends after a ledger transaction and its part (1, or 2 for a shortfall). */
const MOVEMENT_POSITION = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[12]$/;

interface MovementRow {
  transaction_id: string;
  part: number;
  kind: string;
  reference_id: string | null;
  description: string;
  posted_at: Date;
  held: string;
  owed: string;
  balance_after: string;
  work_order_number: string | null;
}

/** MNT-13 revolving funds and BIL-10 contractors' quality guarantee deposits. */
@Injectable()
export class FundsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * MNT-13: pays settled work from the team's fund, once per `drawId`. The fund's account is locked,
   * so concurrent draws queue; an overdraw is refused and draws nothing, but a team's first draw
   * still leaves its fund opened, so that finance sees it and can raise its size (decision 0356).
   */
  async draw(command: DrawRevolvingFundV1): Promise<RevolvingFundDrawView> {
    try {
      return await this.drawOnce(command);
    } catch (error) {
      if (
        error instanceof DomainError &&
        error.code === 'REVOLVING_FUND_OVERDRAWN' &&
        !this.em.isInTransaction()
      )
        await this.em.fork().transactional(async (em) => {
          const { companyId } = CallContext.actor();
          await lockAccount(em, companyId, Accounts.revolvingFund(command.teamId, command.teamName));
          await this.openRevolvingFund(em, companyId, command.teamId, command.teamName, this.clock.now());
        });
      throw error;
    }
  }

  private drawOnce(command: DrawRevolvingFundV1): Promise<RevolvingFundDrawView> {
    return runCommand(this.em, DrawRevolvingFund, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        const fund = Accounts.revolvingFund(command.teamId, command.teamName);
        await lockAccount(em, companyId, fund);
        const earlier = await em.findOne(FundMovement, { id: command.drawId }, { filters: false });
        if (earlier) {
          if (
            earlier.companyId !== companyId ||
            earlier.partyId !== command.teamId ||
            earlier.amountFen !== BigInt(command.amountFen)
          )
            throw new DomainError('IDEMPOTENCY_KEY_REUSED', '该支取编号已用于另一笔支取', {
              field: 'drawId',
            });
          return earlier;
        }
        await this.openRevolvingFund(em, companyId, command.teamId, command.teamName, now);
        const balance = await balanceOf(em, companyId, fund.key);
        const amountFen = BigInt(command.amountFen);
        if (amountFen > balance) {
          const size = await this.sizeOf(em, companyId, command.teamId);
          // Told to whoever sees the refused draw in maintenance: what finance must do (decision 0356).
          throw new DomainError(
            'REVOLVING_FUND_OVERDRAWN',
            `周转金余额不足：支取 ${yuan(amountFen)} 元，余额 ${yuan(balance)} 元（额度 ${yuan(size)} 元），请财务补充周转金或调整额度后重新支付`,
            { field: 'amountFen', balanceFen: Number(balance), sizeFen: Number(size) },
          );
        }
        await post(em, {
          companyId,
          kind: 'revolving-fund-draw',
          referenceId: command.drawId,
          description: `${command.teamName} 周转金支取：${command.workOrderNumber}`,
          at: now,
          postings: [
            { account: Accounts.expense('repairs'), amountFen },
            { account: fund, amountFen: -amountFen },
          ],
        });
        return em.create(FundMovement, {
          id: command.drawId,
          companyId,
          kind: 'revolving-fund-draw',
          partyId: command.teamId,
          amountFen,
          shortfallFen: 0n,
          balanceAfterFen: balance - amountFen,
          details: {
            settlementId: command.settlementId,
            workOrderNumber: command.workOrderNumber,
            ...(command.note ? { note: command.note } : {}),
          },
          at: now,
        });
      },
      view: (_em, movement) => ({
        drawId: movement.id,
        teamId: movement.partyId,
        amountFen: Number(movement.amountFen),
        balanceFen: Number(movement.balanceAfterFen),
        drawnAt: movement.at.toISOString(),
      }),
    });
  }

  /**
   * MNT-13: finance puts money back into a team's fund, up to its size: what settled work drew from
   * it, never more (decision 0252).
   */
  replenish(command: ReplenishRevolvingFundV1): Promise<RevolvingFundView> {
    return runCommand(this.em, ReplenishRevolvingFund, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        const fund = Accounts.revolvingFund(command.teamId, '维修班组');
        const [opened] = await em.execute(
          `select id from account where company_id = ? and key = ? for update`,
          [companyId, fund.key],
        );
        // A fund opens at the team's first draw (decision 0104): one never drawn is not there.
        if (!opened) throw DomainError.notFound('NOT_FOUND');
        const balance = await balanceOf(em, companyId, fund.key);
        const size = await this.sizeOf(em, companyId, command.teamId);
        const room = size - balance;
        if (BigInt(command.amountFen) > room) {
          const message =
            room > 0n
              ? `周转金额度为 ${yuan(size)} 元，当前余额 ${yuan(balance)} 元，最多可补充 ${yuan(room)} 元`
              : `周转金额度为 ${yuan(size)} 元，当前余额 ${yuan(balance)} 元，无需补充`;
          throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
            field: 'amountFen',
            errors: [{ field: 'amountFen', message }],
            sizeFen: Number(size),
            balanceFen: Number(balance),
            replenishableFen: Number(room > 0n ? room : 0n),
          });
        }
        await post(em, {
          companyId,
          kind: 'revolving-fund-replenishment',
          referenceId: command.teamId,
          description: `周转金补充${command.note ? `：${command.note}` : ''}`,
          at: now,
          postings: [
            { account: fund, amountFen: BigInt(command.amountFen) },
            { account: Accounts.clearing('bank-transfer'), amountFen: -BigInt(command.amountFen) },
          ],
        });
        return companyId;
      },
      view: (em, companyId) => this.revolvingFundIn(em, companyId, command.teamId),
    });
  }

  /**
   * MNT-13 (decision 0356): finance sets what a team's fund is to hold. The difference between the
   * new size and the old moves between the fund and `clearing:revolving-fund-float`, as the opening
   * did: what the team has drawn out (size − balance) stays drawn out, so a size below it is refused.
   * Only a fund billing knows (opened by the team's first draw, refused or not) has a size to set.
   */
  setSize(command: SetRevolvingFundSizeV1): Promise<RevolvingFundView> {
    return runCommand(this.em, SetRevolvingFundSize, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        const fund = Accounts.revolvingFund(command.teamId, '维修班组');
        if (!(await lockOpenAccount(em, companyId, fund))) {
          const message = '该维修班组尚无周转金：班组首次结算支取时开立周转金，之后方可调整额度';
          throw DomainError.onField('BUSINESS_RULE_VIOLATED', 'teamId', message);
        }
        const size = await this.sizeOf(em, companyId, command.teamId);
        const balance = await balanceOf(em, companyId, fund.key);
        const drawnOut = size - balance;
        const wanted = BigInt(command.sizeFen);
        if (wanted < drawnOut) {
          const message = `该班组已支取未补充 ${yuan(drawnOut)} 元，周转金额度不能低于 ${yuan(drawnOut)} 元`;
          throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
            field: 'sizeFen',
            errors: [{ field: 'sizeFen', message }],
            sizeFen: Number(size),
            balanceFen: Number(balance),
            minimumSizeFen: Number(drawnOut),
          });
        }
        const difference = wanted - size;
        if (difference !== 0n)
          await post(em, {
            companyId,
            kind: 'revolving-fund-resize',
            referenceId: command.teamId,
            description: `周转金额度调整：${yuan(size)} 元 → ${yuan(wanted)} 元${command.note ? `：${command.note}` : ''}`,
            at: this.clock.now(),
            postings: [
              { account: fund, amountFen: difference },
              { account: Accounts.clearing('revolving-fund-float'), amountFen: -difference },
            ],
          });
        return companyId;
      },
      view: (em, companyId) => this.revolvingFundIn(em, companyId, command.teamId),
    });
  }

  /** MNT-13: a team's fund, its size and balance; 404 for a team that never drew (decision 0104). */
  async getRevolvingFund(query: GetRevolvingFundV1): Promise<RevolvingFundView> {
    const { companyId } = CallContext.actor();
    const em = this.em.fork();
    const fund = Accounts.revolvingFund(query.teamId, '');
    const opened = await em.execute(`select 1 from account where company_id = ? and key = ?`, [
      companyId,
      fund.key,
    ]);
    if (opened.length === 0) throw DomainError.notFound('NOT_FOUND');
    return this.revolvingFundIn(em, companyId, query.teamId);
  }

  private async revolvingFundIn(
    em: EntityManager,
    companyId: string,
    teamId: string,
  ): Promise<RevolvingFundView> {
    return {
      teamId,
      sizeFen: Number(await this.sizeOf(em, companyId, teamId)),
      balanceFen: Number(await balanceOf(em, companyId, Accounts.revolvingFund(teamId, '').key)),
    };
  }

  /**
   * MNT-13 (decision 0356): what a team's fund is to hold: its opening and finance's size changes, as
   * the ledger recorded them (the default float for a fund not opened yet).
   */
  private async sizeOf(em: EntityManager, companyId: string, teamId: string): Promise<bigint> {
    const [row] = await em.execute<{ size: string | null; n: string }[]>(
      `select sum(e.amount_fen) as size, count(*) as n
         from ledger_entry e
         join account a on a.id = e.account_id
         join ledger_transaction t on t.id = e.transaction_id
        where a.company_id = ? and a.key = ? and t.kind in (?, ?)`,
      [companyId, Accounts.revolvingFund(teamId, '').key, ...SIZE_KINDS],
    );
    return Number(row?.n ?? 0) > 0 ? BigInt(row?.size ?? 0) : REVOLVING_FUND_FLOAT_FEN;
  }

  /** BIL-10: a contractor's quality guarantee deposit received (held: billing owes it back). */
  receiveQualityDeposit(command: ReceiveQualityDepositV1): Promise<QualityDepositView> {
    return runCommand(this.em, ReceiveQualityDeposit, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        const account = Accounts.qualityDeposit(command.contractorId, tidyName(command.contractorName));
        // The account's lock queues the receipts of one contractor: the first records its name.
        await lockAccount(em, companyId, account);
        const name = await this.nameOnFile(em, companyId, command, now);
        await post(em, {
          companyId,
          kind: 'quality-deposit-received',
          referenceId: command.contractorId,
          description: `${name} 工程质量保证金${command.note ? `：${command.note}` : ''}`,
          at: now,
          postings: [
            { account: Accounts.clearing('bank-transfer'), amountFen: BigInt(command.amountFen) },
            { account, amountFen: -BigInt(command.amountFen) },
          ],
        });
        return companyId;
      },
      view: (em, companyId) => this.qualityDepositIn(em, companyId, command.contractorId),
    });
  }

  /**
   * BIL-10: what is left of a contractor's quality deposit paid back once the warranty it guarantees
   * has ended (decision 0241). What the contractor still owes for deductions above the deposit
   * (decision 0103) is kept from it first; the rest goes out by bank transfer.
   */
  releaseQualityDeposit(command: ReleaseQualityDepositV1): Promise<QualityDepositView> {
    return runCommand(this.em, ReleaseQualityDeposit, command, {
      change: async (em) => {
        const { companyId } = CallContext.actor();
        const now = this.clock.now();
        // A company's warranties end on a Beijing day: the platform's time zone (decision 0011).
        const today = localDateOf(now, DEFAULT_TIME_ZONE);
        if (command.warrantyEndedOn > today) {
          const message = `质保期至 ${command.warrantyEndedOn} 届满，届满前不能退还质保金`;
          throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
            field: 'warrantyEndedOn',
            errors: [{ field: 'warrantyEndedOn', message }],
          });
        }
        const deposit = Accounts.qualityDeposit(command.contractorId, '');
        if (!(await lockOpenAccount(em, companyId, deposit))) throw DomainError.notFound('NOT_FOUND');
        const balance = -(await balanceOf(em, companyId, deposit.key));
        const amount = command.amountFen === undefined ? balance : BigInt(command.amountFen);
        if (amount <= 0n || amount > balance) {
          const message = `质保金余额为 ${Number(balance) / 100} 元，退还金额不能超过余额${balance > 0n ? '' : '（已无余额可退）'}`;
          throw new DomainError('AMOUNT_EXCEEDS_BALANCE', message, {
            field: 'amountFen',
            errors: [{ field: 'amountFen', message }],
            balanceFen: Number(balance),
          });
        }
        const receivable = Accounts.contractorReceivable(command.contractorId, '');
        const owed = await balanceOf(em, companyId, receivable.key);
        const kept = owed > 0n ? (owed < amount ? owed : amount) : 0n;
        await post(em, {
          companyId,
          kind: 'quality-deposit-released',
          referenceId: command.contractorId,
          description: `工程质量保证金退还：${command.reason}`,
          at: now,
          postings: [
            { account: deposit, amountFen: amount },
            { account: receivable, amountFen: -kept },
            { account: Accounts.clearing('bank-transfer'), amountFen: -(amount - kept) },
          ],
        });
        em.create(FundMovement, {
          id: newId(),
          companyId,
          kind: 'quality-release',
          partyId: command.contractorId,
          amountFen: amount,
          shortfallFen: 0n,
          balanceAfterFen: balance - amount,
          details: {
            warrantyEndedOn: command.warrantyEndedOn,
            reason: command.reason,
            keptForDeductionsFen: Number(kept),
            paidOutFen: Number(amount - kept),
          },
          at: now,
        });
        return companyId;
      },
      view: (em, companyId) => this.qualityDepositIn(em, companyId, command.contractorId),
    });
  }

  /**
   * BIL-10 (decision 0393): the deposit, the contractor's name and its movements a page at a time,
   * newest first.
   */
  async getQualityDeposit(query: GetQualityDepositV1): Promise<QualityDepositView> {
    const em = this.em.fork();
    const { companyId } = CallContext.actor();
    // A bad cursor is refused before anything is read; a cursor is made for one contractor's list.
    pageWindow(query, movementList(query.contractorId));
    const [known] = await em.execute(`select 1 from account where company_id = ? and key in (?, ?)`, [
      companyId,
      `quality-deposit:${query.contractorId}`,
      `contractor-receivable:${query.contractorId}`,
    ]);
    if (!known) throw DomainError.notFound('NOT_FOUND');
    return this.qualityDepositIn(em, companyId, query.contractorId, query);
  }

  /**
   * Decision 0394: the name the contractor's deposit is held under. The first receipt records the name
   * it gives; a later one must give the same name (decision 0357's comparison, `sameName`), else it is
   * refused naming `contractorName` and the name on file, and nothing is written.
   */
  private async nameOnFile(
    em: EntityManager,
    companyId: string,
    command: ReceiveQualityDepositV1,
    at: Date,
  ): Promise<string> {
    const given = tidyName(command.contractorName);
    const held = await em.findOne(
      QualityDepositContractor,
      { companyId, contractorId: command.contractorId },
      { filters: false },
    );
    if (!held) {
      em.create(QualityDepositContractor, {
        id: newId(),
        companyId,
        contractorId: command.contractorId,
        name: given,
        recordedAt: at,
      });
      return given;
    }
    if (sameName(held.name, given)) return held.name;
    const message = `该承包商编号的质保金登记在「${held.name}」名下，与填写的「${given}」不符：请核对承包商编号和名称`;
    throw new DomainError('BUSINESS_RULE_VIOLATED', message, {
      field: 'contractorName',
      errors: [{ field: 'contractorName', message }],
      contractorNameOnFile: held.name,
    });
  }

  /**
   * BIL-10: a certified type-A settlement's cost taken from the contractor's deposit, once per
   * settlement. Above the balance the deposit goes to zero and the rest is owed by the contractor
   * (decision 0103).
   */
  async deductQuality(
    em: EntityManager,
    input: {
      companyId: string;
      settlementId: string;
      contractorId: string;
      contractorName: string;
      amountFen: bigint;
      workOrderNumber: string;
      at: Date;
    },
  ): Promise<void> {
    const account = Accounts.qualityDeposit(input.contractorId, input.contractorName);
    await lockAccount(em, input.companyId, account);
    if (await em.findOne(FundMovement, { id: input.settlementId }, { filters: false })) return;
    const balance = -(await balanceOf(em, input.companyId, account.key));
    const taken = input.amountFen < balance ? input.amountFen : balance > 0n ? balance : 0n;
    const shortfall = input.amountFen - taken;
    await post(em, {
      companyId: input.companyId,
      kind: 'quality-deduction',
      referenceId: input.settlementId,
      description: `${input.contractorName} 质保金扣除：${input.workOrderNumber}`,
      at: input.at,
      postings: [
        { account, amountFen: taken },
        {
          account: Accounts.contractorReceivable(input.contractorId, input.contractorName),
          amountFen: shortfall,
        },
        { account: Accounts.expense('warranty-repairs'), amountFen: -input.amountFen },
      ],
    });
    em.create(FundMovement, {
      id: input.settlementId,
      companyId: input.companyId,
      kind: 'quality-deduction',
      partyId: input.contractorId,
      amountFen: input.amountFen,
      shortfallFen: shortfall,
      balanceAfterFen: balance - taken,
      details: { workOrderNumber: input.workOrderNumber, contractorName: input.contractorName },
      at: input.at,
    });
  }

  /**
   * BIL-10: the deposit as finance reads it (decision 0393): the name on file, the balance and the
   * shortfall in one query, and one page of its movements in another: receipts, the part of each
   * deduction the deposit covered, the part it did not (欠缴), releases. They are read from the ledger
   * transactions on the contractor's two accounts, each deduction's work order from its fund movement.
   */
  private async qualityDepositIn(
    em: EntityManager,
    companyId: string,
    contractorId: string,
    page: PageQuery = {},
  ): Promise<QualityDepositView> {
    const depositKey = `quality-deposit:${contractorId}`;
    const receivableKey = `contractor-receivable:${contractorId}`;
    const window = pageWindow(page, movementList(contractorId));
    const [summary] = await em.execute<{ name: string | null; held: string | null; owed: string | null }[]>(
      `select coalesce(
                (select c.name from quality_deposit_contractor c where c.company_id = ? and c.contractor_id = ?),
                (select m.details->>'contractorName' from fund_movement m
                  where m.company_id = ? and m.party_id = ? and m.kind = 'quality-deduction'
                  order by m.at desc, m.id desc limit 1)) as name,
              -sum(e.amount_fen) filter (where a.key = ?) as held,
              sum(e.amount_fen) filter (where a.key = ?) as owed
         from account a left join ledger_entry e on e.account_id = a.id
        where a.company_id = ? and a.key in (?, ?)`,
      [
        companyId,
        contractorId,
        companyId,
        contractorId,
        depositKey,
        receivableKey,
        companyId,
        depositKey,
        receivableKey,
      ],
    );
    const [afterTransaction, afterPart] = window.after?.split(':') ?? [];
    const rows = await em.execute<MovementRow[]>(
      `with tx as (
         select t.id, t.kind, t.reference_id, t.description, t.posted_at,
                -coalesce(sum(e.amount_fen) filter (where a.key = ?), 0) as held,
                coalesce(sum(e.amount_fen) filter (where a.key = ?), 0) as owed
           from account a
           join ledger_entry e on e.account_id = a.id
           join ledger_transaction t on t.id = e.transaction_id
          where a.company_id = ? and a.key in (?, ?)
          group by t.id),
       booked as (
         select tx.*, sum(tx.held) over (order by tx.id) as balance_after from tx),
       parts as (
         select b.*, 1 as part from booked b where b.kind <> 'quality-deduction' or b.held <> 0
         union all
         select b.*, 2 as part from booked b where b.kind = 'quality-deduction' and b.owed > 0)
       select p.id as transaction_id, p.part, p.kind, p.reference_id, p.description, p.posted_at,
              p.held::text as held, p.owed::text as owed, p.balance_after::text as balance_after,
              m.details->>'workOrderNumber' as work_order_number
         from parts p
         left join fund_movement m
           on p.kind = 'quality-deduction' and m.id = p.reference_id and m.company_id = ?
        where ?::uuid is null or p.id < ?::uuid or (p.id = ?::uuid and p.part > ?::int)
        order by p.id desc, p.part
        limit ?`,
      [
        depositKey,
        receivableKey,
        companyId,
        depositKey,
        receivableKey,
        companyId,
        afterTransaction ?? null,
        afterTransaction ?? null,
        afterTransaction ?? null,
        afterPart ?? 0,
        window.limit + 1,
      ],
    );
    const { items, nextCursor } = await toPage(
      rows.map((row) => ({ ...row, id: `${row.transaction_id}:${row.part}` })),
      window,
      (shown) => shown.map(movementView),
    );
    return {
      contractorId,
      contractorName: summary?.name ?? '承包商',
      balanceFen: Number(summary?.held ?? 0),
      shortfallFen: Number(summary?.owed ?? 0),
      movements: items,
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  /** Decision 0104: a fund billing has not seen opens with the default float, from finance's clearing account. */
  private async openRevolvingFund(
    em: EntityManager,
    companyId: string,
    teamId: string,
    teamName: string,
    at: Date,
  ) {
    const [opened] = await em.execute<{ n: string }[]>(
      `select count(*) as n from ledger_transaction where company_id = ? and kind = 'revolving-fund-opening' and reference_id = ?`,
      [companyId, teamId],
    );
    if (Number(opened?.n) > 0) return;
    await post(em, {
      companyId,
      kind: 'revolving-fund-opening',
      referenceId: teamId,
      description: `${teamName} 周转金开立`,
      at,
      postings: [
        { account: Accounts.revolvingFund(teamId, teamName), amountFen: REVOLVING_FUND_FLOAT_FEN },
        { account: Accounts.clearing('revolving-fund-float'), amountFen: -REVOLVING_FUND_FLOAT_FEN },
      ],
    });
  }
}

/** The list a deposit's cursors are made for: one contractor's movements. */
function movementList(contractorId: string) {
  return { name: `GetQualityDepositV1:${contractorId}`, ids: MOVEMENT_POSITION };
}

/** One ledger transaction's part as a movement of the deposit (decision 0393). */
function movementView(row: MovementRow): QualityDepositMovementView {
  const held = BigInt(row.held);
  const owed = BigInt(row.owed);
  const kind: QualityDepositMovementKind =
    row.kind === 'quality-deduction'
      ? row.part === 2
        ? 'shortfall'
        : 'deduction'
      : held > 0n
        ? 'received'
        : 'released';
  const amount = kind === 'shortfall' ? owed : held < 0n ? -held : held;
  const deduction =
    row.kind === 'quality-deduction'
      ? {
          ...(row.work_order_number ? { workOrderNumber: row.work_order_number } : {}),
          ...(row.reference_id ? { settlementId: row.reference_id } : {}),
        }
      : {};
  const description =
    kind === 'shortfall'
      ? `质保金余额不足，承包商欠缴：${row.work_order_number ?? row.description}`
      : kind === 'released' && owed < 0n
        ? `${row.description}（其中 ${yuan(-owed)} 元抵扣欠缴）`
        : row.description;
  return {
    kind,
    kindLabel: QualityDepositMovementKind.label(kind),
    amountFen: Number(amount),
    balanceAfterFen: Number(row.balance_after),
    description,
    ...deduction,
    at: new Date(row.posted_at).toISOString(),
  };
}
