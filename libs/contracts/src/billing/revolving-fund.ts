import { IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { IsFen, IsInstant } from '../validation/validators.js';
import { HasText } from '../validation/text.js';

/**
 * MNT-13 (maintenance → billing, request-reply): pay the repair team for settled work from its
 * revolving fund (周转金). Billing keeps the money: it refuses an overdraw with
 * `REVOLVING_FUND_OVERDRAWN` and draws nothing (a team's first draw still opens its fund, decision
 * 0356); the same `drawId` twice draws once.
 */
export class DrawRevolvingFundV1 {
  /** Chosen by maintenance, one per settlement; the idempotency key of the draw. */
  @IsUUID()
  drawId!: string;

  @IsUUID()
  teamId!: string;

  @IsString()
  @Length(1, 100)
  teamName!: string;

  @IsFen()
  @Min(1)
  amountFen!: number;

  @IsUUID()
  settlementId!: string;

  @IsString()
  @Length(1, 40)
  workOrderNumber!: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class RevolvingFundDrawView {
  @IsUUID()
  drawId!: string;

  @IsUUID()
  teamId!: string;

  @IsFen()
  amountFen!: number;

  /** The fund's balance after the draw. */
  @IsFen()
  balanceFen!: number;

  @IsInstant()
  drawnAt!: string;
}

/** MNT-13: finance replenishes a team's revolving fund. */
export class RevolvingFundReplenishmentBodyV1 {
  @IsFen()
  @Min(1)
  amountFen!: number;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

export class ReplenishRevolvingFundV1 extends RevolvingFundReplenishmentBodyV1 {
  @IsUUID()
  teamId!: string;
}

/**
 * MNT-13 (decision 0356): finance sets what a team's fund is to hold. The difference moves between
 * the fund and finance's float clearing account: what the team has drawn out stays drawn out.
 */
export class RevolvingFundSizeBodyV1 {
  /** The new size in fen: at least 1, and never below what the team has drawn out (size − balance). */
  @IsFen()
  @Min(1)
  sizeFen!: number;

  @IsOptional()
  @HasText(1, 200)
  note?: string;
}

export class SetRevolvingFundSizeV1 extends RevolvingFundSizeBodyV1 {
  @IsUUID()
  teamId!: string;
}

/** MNT-13: a repair team's revolving fund, as finance reads it (decision 0252). */
export class GetRevolvingFundV1 {
  @IsUUID()
  teamId!: string;
}

export class RevolvingFundView {
  @IsUUID()
  teamId!: string;

  /**
   * What the fund is to hold (MNT-13: 100,000 yuan unless finance set another, decision 0356):
   * replenishments bring it back up to this.
   */
  @IsFen()
  sizeFen!: number;

  /** What it holds now: its size less what settled work drew, plus what finance put back. */
  @IsFen()
  balanceFen!: number;
}
