import type { Request } from 'express';
import { ValidationError } from '@lr/server-core';

/** `?version=N`: a whole number from 1 (BAD_USER_INPUT on `version` otherwise); undefined when not given. */
export function versionParam(req: Request): number | undefined {
  const value = req.query['version'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value.trim())) throw ValidationError.field('version', 'must be a version number: a whole number from 1');
  return Number(value.trim());
}

