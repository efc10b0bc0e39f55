/** The PostgreSQL NOTIFY channel on which committed outbox inserts wake the relay. */
export const OUTBOX_CHANNEL = 'outbox_message';
