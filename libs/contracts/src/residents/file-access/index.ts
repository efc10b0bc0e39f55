export * from './decide-file-access.js';
export * from './file-access-request-view.js';
export * from './file-access.contract.js';
export * from './list-file-access-requests.js';
export * from './read-resident-file.js';
export * from './request-file-access.js';
export * from './resident-file-view.js';
