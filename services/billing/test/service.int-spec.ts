import { describe } from '@jest/globals';
import { itBehavesAsAService } from '@pcs/testing';
import { billingService } from '../src/billing.service-spec.js';

describe('the billing service', () => {
  itBehavesAsAService(billingService);
});
