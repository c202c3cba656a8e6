import { randomUUID } from 'node:crypto';
import { NotFoundError, Service, createFileStorage, loadForUpdate, lockRow, type FileStorage, type RequestContext } from '@lr/server-core';
import { isUUID } from 'class-validator';
import { Practice } from '../practices/practice.entity';
import { mayReadPractice } from '../practices/practice-access';
import { safeFileName } from './material-file-rules';
import { PracticeMaterial } from './practice-material.entity';
import type { CreatePracticeMaterialInput, UpdatePracticeMaterialInput } from './practice-material.inputs';

export function storageOf(ctx: RequestContext): FileStorage {
  return createFileStorage(ctx.runtime.config);
}

/**
 * Deletes stored files once the transaction that stopped referring to them commits: a rolled
 * back change must not leave a row without its file.
 */
export function deleteFilesAfterCommit(ctx: RequestContext, keys: (string | null)[]): void {
  const storage = storageOf(ctx);
  for (const key of keys) if (key) ctx.afterCommit(() => storage.delete(key));
}

@Service()
export class PracticeMaterialService {
  async create(ctx: RequestContext, input: CreatePracticeMaterialInput): Promise<PracticeMaterial> {
    if (!(await ctx.repo(Practice).existsBy({ id: input.practiceId }))) throw new NotFoundError('Practice', input.practiceId);
    const repo = ctx.repo(PracticeMaterial);
    return repo.save(
      repo.create({
        practiceId: input.practiceId,
        kind: input.kind,
        language: input.language,
        title: input.title.trim(),
        url: input.url ?? null,
        fileKey: null,
        fileName: null,
        contentType: null,
        fileSize: null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdatePracticeMaterialInput): Promise<PracticeMaterial> {
    const material = await loadForUpdate(ctx, PracticeMaterial, input.id, input.version);
    const replacedFile = input.url ? material.fileKey : null;
    if (input.kind) material.kind = input.kind;
    if (input.language) material.language = input.language;
    if (input.title) material.title = input.title.trim();
    if (input.url) Object.assign(material, { url: input.url, fileKey: null, fileName: null, contentType: null, fileSize: null });
    const saved = await ctx.repo(PracticeMaterial).save(material);
    deleteFilesAfterCommit(ctx, [replacedFile]);
    return saved;
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const material = await loadForUpdate(ctx, PracticeMaterial, id, version);
    // Its file goes after the commit (MaterialFileCleanup).
    await ctx.repo(PracticeMaterial).remove(material);
    return id;
  }

  /**
   * Stores an uploaded file for the material, replacing its link or previous file (deleted once
   * the transaction the caller opened commits).
   */
  async attachFile(ctx: RequestContext, id: string, file: { data: Buffer; contentType: string; fileName?: string }): Promise<PracticeMaterial> {
    const material = await lockRow(ctx, PracticeMaterial, id);
    deleteFilesAfterCommit(ctx, [material.fileKey]);
    // A new key per upload: a concurrent download keeps reading the old file until the swap commits.
    const key = `practices/materials/${material.id}/${randomUUID()}`;
    await storageOf(ctx).put(key, file.data);
    Object.assign(material, {
      url: null,
      fileKey: key,
      fileName: safeFileName(file.fileName, material.title, file.contentType),
      contentType: file.contentType,
      fileSize: file.data.length,
    });
    return ctx.repo(PracticeMaterial).save(material);
  }

  /** The stored file of a material the caller may read, or NOT_FOUND. */
  async readFile(ctx: RequestContext, id: string): Promise<{ material: PracticeMaterial; data: Buffer }> {
    const material = isUUID(id) ? await ctx.repo(PracticeMaterial).findOneBy({ id }) : null;
    const practice = material ? await ctx.repo(Practice).findOneBy({ id: material.practiceId }) : null;
    if (!material || !practice || !mayReadPractice(ctx.principal, practice)) throw new NotFoundError('PracticeMaterial', id);
    const data = material.fileKey ? await storageOf(ctx).get(material.fileKey) : null;
    if (!data) throw new NotFoundError('PracticeMaterial file', id);
    return { material, data };
  }

}

/** Case documents of a practice with a link or a stored file. */
export function countCaseDocuments(ctx: RequestContext, practiceId: string): Promise<number> {
  return ctx
    .repo(PracticeMaterial)
    .createQueryBuilder('m')
    .where('m.practice_id = :practiceId', { practiceId })
    .andWhere(`m.kind = 'CASE_DOCUMENT'`)
    .andWhere('(m.url IS NOT NULL OR m.file_key IS NOT NULL)')
    .getCount();
}
