export * from './maintenance.bus.js';
export * from './maintenance-codes.js';
export * from './maintenance.contract.js';
export * from './repair-request-progressed.js';
export * from './work-order-events.js';
export * from './repair-requests.js';
export * from './work-orders.js';
