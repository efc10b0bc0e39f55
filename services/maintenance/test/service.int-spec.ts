import { describe } from '@jest/globals';
import { itBehavesAsAService } from '@pcs/testing';
import { maintenanceService } from '../src/maintenance.service-spec.js';

describe('the maintenance service', () => {
  itBehavesAsAService(maintenanceService);
});
