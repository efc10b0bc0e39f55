import { DomainError, MAX_FEN, type RecordMeterReadingV1 } from '@pcs/contracts';

/** The meter's last recorded month before the one being read. */
export interface EarlierReading {
  period: string;
  reading: bigint;
}

/** What a reading bills: its usage since the month began, and that usage at the month's rate. */
export interface MeteredCharge {
  previous: bigint;
  usage: bigint;
  amountFen: bigint;
}

type Figures = Pick<RecordMeterReadingV1, 'reading' | 'previousReading' | 'meterReplaced'>;

/**
 * BIL-1 (decision 0243): where the month starts, and what it bills. The month starts at the meter's
 * last reading; a first or replaced meter starts where the reader says, and a start that contradicts
 * the last reading is refused rather than taken. A meter never runs backwards unless replaced, and
 * the amount is the usage at the rate exactly, never above what a bill may hold.
 */
export function meteredCharge(
  figures: Figures,
  earlier: EarlierReading | undefined,
  rateFen: bigint,
): MeteredCharge {
  const previous = previousOf(figures, earlier);
  const reading = BigInt(figures.reading);
  if (reading < previous)
    throw DomainError.onField(
      'BUSINESS_RULE_VIOLATED',
      'reading',
      `本次读数 ${reading} 小于上次读数 ${previous}；如已换表，请注明换表并填写新表的起始读数`,
    );
  const usage = reading - previous;
  const amountFen = usage * rateFen;
  if (amountFen > BigInt(MAX_FEN))
    throw DomainError.onField(
      'AMOUNT_TOO_LARGE',
      'reading',
      `用量 ${usage} × 单价 ${rateFen} 分超过单张账单上限 ${MAX_FEN / 100} 元，请核对读数`,
    );
  return { previous, usage, amountFen };
}

function previousOf(figures: Figures, earlier: EarlierReading | undefined): bigint {
  if (figures.meterReplaced) return BigInt(figures.previousReading ?? 0);
  if (!earlier) {
    if (figures.previousReading === undefined)
      throw DomainError.validation([
        {
          field: 'previousReading',
          message:
            'previousReading is required for the first reading of this meter: its reading when billing began',
        },
      ]);
    return BigInt(figures.previousReading);
  }
  if (figures.previousReading !== undefined && BigInt(figures.previousReading) !== earlier.reading)
    throw DomainError.onField(
      'BUSINESS_RULE_VIOLATED',
      'previousReading',
      `上次读数应为 ${earlier.period} 的读数 ${earlier.reading}；如已换表，请注明换表`,
    );
  return earlier.reading;
}

/** The month as recorded, asked again: the same figures answer the first reading. */
export function sameFigures(
  recorded: { previous: bigint; reading: bigint; meterReplaced: boolean },
  figures: Figures,
): boolean {
  return (
    recorded.reading === BigInt(figures.reading) &&
    recorded.meterReplaced === (figures.meterReplaced ?? false) &&
    (figures.previousReading === undefined || recorded.previous === BigInt(figures.previousReading))
  );
}
