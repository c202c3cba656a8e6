import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { assertStorageKey } from './file-storage';
import { LocalDiskStorage, createFileStorage } from './local-disk-storage';

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-storage-'));
    storage = new LocalDiskStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores, reads, replaces and deletes a file by key', async () => {
    await storage.put('materials/a/file', Buffer.from('first'));
    expect((await storage.get('materials/a/file'))?.toString()).toBe('first');
    await storage.put('materials/a/file', Buffer.from('second'));
    expect((await storage.get('materials/a/file'))?.toString()).toBe('second');
    expect(await readdir(join(dir, 'materials', 'a'))).toEqual(['file']);
    await storage.delete('materials/a/file');
    expect(await storage.get('materials/a/file')).toBeNull();
  });

  it('answers null for a missing file and ignores deleting one', async () => {
    expect(await storage.get('nothing/here')).toBeNull();
    await expect(storage.delete('nothing/here')).resolves.toBeUndefined();
  });

  it.each(['../escape', '/etc/passwd', 'a/../../b', 'a\\b', '', 'a//b', './a'])('refuses the key %j', async (key) => {
    expect(() => assertStorageKey(key)).toThrow(/Invalid storage key/);
    await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
  });

  it('is created from FILE_STORAGE_DIR, which defaults to .data/files', async () => {
    expect(AppConfig.fromEnv({}).fileStorageDir).toBe('.data/files');
    const config = AppConfig.fromEnv({ FILE_STORAGE_DIR: dir });
    await createFileStorage(config).put('k', Buffer.from('v'));
    expect((await storage.get('k'))?.toString()).toBe('v');
    expect(() => AppConfig.fromEnv({ FILE_STORAGE_DIR: ' padded ' })).toThrow(/FILE_STORAGE_DIR/);
  });
});
