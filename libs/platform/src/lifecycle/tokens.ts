/** Injection tokens for values that are not classes. */
export const LOGGER = Symbol('LOGGER');
export const PROCESS_ENV = Symbol('PROCESS_ENV');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
