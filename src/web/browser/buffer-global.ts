/**
 * The search code uses Node's `Buffer` (to decode the index tables and to copy questions); in the
 * page, esbuild injects this module wherever `Buffer` is named: the `buffer` package, the same
 * API written for browsers.
 */
export { Buffer } from 'buffer';
