export * from './eventually.js';
export * from './fixtures.js';
export * from './test-bus.js';
export * from './test-resources.js';
export * from './test-service.js';
export { signStaffToken } from '@pcs/platform/staff-token';
export * from './http-client.js';
export * from './service-fixture.js';
export * from './billing-stand-in.js';
