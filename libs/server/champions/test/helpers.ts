// The response helpers every module's tests share.
export { createApiKey, dataOf, errorOf, fieldsOf, ok, outcome, tally } from '@lr/server-core/testing';

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
