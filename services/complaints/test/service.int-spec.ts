import { describe } from '@jest/globals';
import { itBehavesAsAService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';

describe('the complaints service', () => {
  itBehavesAsAService(complaintsService);
});
