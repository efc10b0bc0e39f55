export * from './residents.bus.js';
