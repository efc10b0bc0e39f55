export * from './end-occupancy.js';
export * from './occupancies.contract.js';
export * from './occupancy-ended.js';
export * from './occupancy-started.js';
export * from './occupancy-view.js';
export * from './start-occupancy.js';
