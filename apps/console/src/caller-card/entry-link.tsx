import { navigate } from '../routing';

/** A register entry's number, opening its page in the console. */
export function EntryLink({ id, number }: { id: string; number: string }) {
  return (
    <a
      href={`/console/complaints/${id}`}
      onClick={(e) => (e.preventDefault(), navigate(`/complaints/${id}`))}
    >
      {number}
    </a>
  );
}
