import { describe } from '@jest/globals';
import { itBehavesAsAService } from '@pcs/testing';
import { residentsService } from '../src/residents.service-spec.js';

describe('the residents service', () => {
  itBehavesAsAService(residentsService);
});
