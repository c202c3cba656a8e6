/**
 * Where uploaded files live. Modules keep only the key in the database, so the storage can move
 * from the local disk to an object store without touching them.
 */
export interface FileStorage {
  /** Stores `data` under `key`, replacing what was there. */
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are relative paths of safe segments: no `..`, no absolute paths, no backslashes. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '..' || segment === '.') || key.length > 500) {
    throw new Error(`Invalid storage key "${key}"`);
  }
}
