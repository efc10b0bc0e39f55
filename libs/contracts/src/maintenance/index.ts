export * from './maintenance.bus.js';
export * from './maintenance-codes.js';
export * from './maintenance.contract.js';
export * from './repair-request-progressed.js';
export * from './work-order-events.js';
