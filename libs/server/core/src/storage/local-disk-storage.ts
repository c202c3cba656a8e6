import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { assertStorageKey, type FileStorage } from './file-storage';

/** Files under one directory of the local disk (FILE_STORAGE_DIR). */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename: a reader never sees half a file, even if the process dies mid-write.
    const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The configured storage. One implementation today; the interface is what callers depend on. */
export function createFileStorage(config: Pick<AppConfig, 'fileStorageDir'>): FileStorage {
  return new LocalDiskStorage(config.fileStorageDir);
}
