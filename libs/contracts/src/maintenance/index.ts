export * from './maintenance.bus.js';
