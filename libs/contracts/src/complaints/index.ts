export * from './complaint-codes.js';
export * from './complaint-registered.js';
export * from './complaint-view.js';
export * from './complaints.bus.js';
export * from './complaints.contract.js';
export * from './get-complaint.js';
export * from './register-complaint.js';
