export * from './charge-codes.js';
export * from './charge-request-raised.js';
export * from './charge-request-withdrawn.js';
export * from './charge-requests.contract.js';
