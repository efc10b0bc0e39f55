export * from './billing.bus.js';
