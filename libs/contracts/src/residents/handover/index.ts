export * from './handover-inspected.js';
export * from './handover-inspection-view.js';
export * from './handover.contract.js';
export * from './record-handover-inspection.js';
