/** A moment as the desk reads it (Beijing time on the staff's machines, 24-hour clock); '—' for none. */
export const time = (at: string | undefined): string =>
  at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '—';
