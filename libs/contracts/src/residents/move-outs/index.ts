export * from './move-out-ref.js';
export * from './move-out-view.js';
export * from './move-outs.contract.js';
export * from './record-move-out-inspection.js';
export * from './request-move-out.js';
export * from './unit-moved-out.js';
export * from './cancel-move-out.js';
export * from './move-out-requested.js';
