export * from './calendar-updated.js';
export * from './calendar-year-view.js';
export * from './calendar.contract.js';
export * from './get-calendar-year.js';
export * from './set-calendar-year.js';
