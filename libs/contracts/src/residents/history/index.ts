export * from './history-codes.js';
export * from './person-history.js';
export * from './procedure-lists.js';
export * from './unit-history.js';
export * from './history.contract.js';
