export * from './acknowledge-move-in.js';
export * from './complete-move-in.js';
export * from './move-in-ref.js';
export * from './move-in-view.js';
export * from './move-ins.contract.js';
export * from './record-move-in-keys.js';
export * from './start-move-in.js';
export * from './unit-moved-in.js';
