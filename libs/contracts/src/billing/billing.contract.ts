import { defineCommand, defineEvent, defineQuery } from '../events/definitions.js';
import { BillingBus } from './billing.bus.js';
import {
  ChargeRequestSettledV1,
  ChargeRequestStatusView,
  ClearanceView,
  GetChargeRequestStatusV1,
  GetClearanceV1,
} from './billing-queries.js';
import { DrawRevolvingFundV1, RevolvingFundDrawView } from './revolving-fund.js';

/*
 * Billing's side of the move-in, decoration and move-out procedures. Declared here so that residents
 * can be built and tested against them; billing implements them in its own issue.
 */

export const GetClearance = defineQuery<GetClearanceV1, ClearanceView>({
  subject: BillingBus.queries.getClearance,
  request: GetClearanceV1,
  summary: 'Does this unit or payer owe anything? With the open items (BIL-11)',
});

export const GetChargeRequestStatus = defineQuery<GetChargeRequestStatusV1, ChargeRequestStatusView>({
  subject: BillingBus.queries.getChargeRequestStatus,
  request: GetChargeRequestStatusV1,
  summary: 'How far billing got with charge requests raised by other services',
});

export const ChargeRequestSettled = defineEvent({
  subject: BillingBus.events.chargeRequestSettled,
  type: 'charge-request.settled.v1',
  data: ChargeRequestSettledV1,
  summary: 'Everything billed for a charge request is paid',
});

export const DrawRevolvingFund = defineCommand<DrawRevolvingFundV1, RevolvingFundDrawView>({
  subject: BillingBus.commands.drawRevolvingFund,
  request: DrawRevolvingFundV1,
  summary: 'Pay the repair team for settled work from its revolving fund; an overdraw is refused (MNT-13)',
});

export const BILLING_MESSAGES = {
  requests: [GetClearance, GetChargeRequestStatus, DrawRevolvingFund],
  events: [ChargeRequestSettled],
};
