import { ConsoleLink } from '../common/console-link';

/** A register entry's number, opening its page in the console. */
export function EntryLink({ id, number }: { id: string; number: string }) {
  return <ConsoleLink to={`/complaints/${id}`}>{number}</ConsoleLink>;
}
