import { DomainError } from '@pcs/contracts';

/** A list's `from`..`to` date filter (inclusive) on a date column; `to` before `from` names `to`. */
export function dateRange(query: {
  from?: string;
  to?: string;
}): { $gte?: string; $lte?: string } | undefined {
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    throw DomainError.validation([{ field: 'to', message: 'to must be on or after from' }]);
  }
  if (query.from === undefined && query.to === undefined) return undefined;
  return {
    ...(query.from !== undefined ? { $gte: query.from } : {}),
    ...(query.to !== undefined ? { $lte: query.to } : {}),
  };
}

/** The same range over an instant column, in China Standard Time (the dates staff mean). */
export function instantRange(query: { from?: string; to?: string }): { $gte?: Date; $lt?: Date } | undefined {
  const range = dateRange(query);
  if (!range) return undefined;
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
  return {
    ...(range.$gte !== undefined ? { $gte: new Date(`${range.$gte}T00:00:00+08:00`) } : {}),
    ...(range.$lte !== undefined ? { $lt: nextDay(range.$lte) } : {}),
  };
}
