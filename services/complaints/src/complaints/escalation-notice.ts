import { ResidentPreference } from '@pcs/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplaintChannel, ContactChannel } from '@pcs/contracts';
import type { Complaint } from './complaint.entity.js';

/** Without a preference on file, the customer is answered the way they came. */
const CHANNEL_BACK: Readonly<Record<ComplaintChannel, ContactChannel>> = {
  call: 'phone',
  visit: 'phone',
  letter: 'phone',
  'owner-app': 'app',
  'return-visit': 'phone',
  patrol: 'phone',
  survey: 'phone',
};

/**
 * CMP-4, RES-7: whom to tell of an escalation and how: nobody for an anonymous customer; else the
 * resident's preferred channel when the desk identified them, or the channel they used.
 */
export async function escalationNotice(
  em: EntityManager,
  complaint: Complaint,
): Promise<{ notifyCustomer: boolean; customerChannel?: ContactChannel; personId?: string }> {
  if (complaint.customerAnonymous && !complaint.customerPhone) return { notifyCustomer: false };
  const preference = complaint.personId
    ? await em.findOne(
        ResidentPreference,
        { companyId: complaint.companyId, personId: complaint.personId },
        { filters: false },
      )
    : null;
  return {
    notifyCustomer: true,
    customerChannel: preference?.preferredChannel ?? CHANNEL_BACK[complaint.channel],
    ...(complaint.personId ? { personId: complaint.personId } : {}),
  };
}
