import { defineEvent } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import { ChargeRequestRaisedV1 } from './charge-request-raised.js';
import { ChargeRequestWithdrawnV1 } from './charge-request-withdrawn.js';

/* RES-4, RES-5, RES-6: what residents asks billing to charge. */

const E = ResidentsBus.events;

export const ChargeRequestRaised = defineEvent({
  subject: E.chargeRequestRaised,
  type: 'charge-request.raised.v1',
  data: ChargeRequestRaisedV1,
  summary: 'Billing is asked to charge the payer of a unit (RES-4, RES-5, RES-6)',
});

export const ChargeRequestWithdrawn = defineEvent({
  subject: E.chargeRequestWithdrawn,
  type: 'charge-request.withdrawn.v1',
  data: ChargeRequestWithdrawnV1,
  summary: 'A charge request is withdrawn: its procedure was cancelled before it was settled',
});
