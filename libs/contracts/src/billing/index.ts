export * from './billing-queries.js';
export * from './billing.bus.js';
export * from './billing.contract.js';
export * from './revolving-fund.js';
