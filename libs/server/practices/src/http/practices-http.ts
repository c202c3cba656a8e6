import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ForbiddenError, UnauthenticatedError, ValidationError, filterFromQuery, type ModuleHttp } from '@lr/server-core';
import { exportPracticesCsv } from '../export/practices-export';
import { MAX_MATERIAL_BYTES, contentTypeProblem, mediaType, tooLargeMessage } from '../materials/material-file-rules';
import { PracticeMaterialService } from '../materials/practice-material.service';
import { canEditPractices } from '../practices/practice-access';
import { PracticeFilter } from '../practices/practice.inputs';

// The endpoints are not resolvers, so they are not built by the container; the service has no dependencies.
const materials = new PracticeMaterialService();

/** A query parameter or header's value: the first of several, nothing for an empty one (the material's file name). */
function one(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A refused file, answered like every other input error: BAD_USER_INPUT on the `file` field. */
function fileProblem(message: string): ValidationError {
  return ValidationError.field('file', message);
}

/**
 * The module's REST endpoints (what GraphQL does not suit): the CSV export, and uploading and
 * downloading material files. Same credentials and error shape as the GraphQL API.
 */
export function mountPracticesHttp({ app, contextFor, handle, handleWrite, sendError }: ModuleHttp): void {
  app.get(
    '/practices/export.csv',
    handle(async (req, res, ctx) => {
      // The list's filters, read and validated as `practices(filter:)` takes them (the kit's reader).
      await exportPracticesCsv(ctx, await filterFromQuery(PracticeFilter, req.query as Record<string, unknown>), res);
    }),
  );

  /** Checks who uploads and what, before a byte of the body is read. */
  const admitUpload: RequestHandler = async (req, res, next) => {
    try {
      const ctx = await contextFor(req, res);
      if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
      if (!canEditPractices(ctx.principal)) throw new ForbiddenError('Only editors of practices may upload material files');
      res.locals['ctx'] = ctx;
      const typeProblem = contentTypeProblem(mediaType(req.headers['content-type']));
      if (typeProblem) throw fileProblem(typeProblem);
      if (Number(req.headers['content-length'] ?? 0) > MAX_MATERIAL_BYTES) return sendError(res, fileProblem(`The file ${tooLargeMessage()}`), 413);
      next();
    } catch (error) {
      sendError(res, error);
    }
  };

  app.post(
    '/practices/materials/:id/file',
    admitUpload,
    // Every admitted type is read as raw bytes; the limit also stops chunked bodies without a length.
    express.raw({ type: () => true, limit: MAX_MATERIAL_BYTES }),
    // One transaction; the answer goes out once the new file's row is committed and the
    // replaced file deleted.
    handleWrite(async (req, ctx) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!data.length) throw fileProblem('The file is empty');
      const requestedName = one(req.query['fileName']) ?? one(req.headers['x-file-name']);
      const material = await materials.attachFile(ctx, String(req.params['id']), {
        data,
        contentType: mediaType(req.headers['content-type']) as string,
        fileName: requestedName ? safeDecode(requestedName) : undefined,
      });
      return {
        body: { material: { id: material.id, version: material.version, fileName: material.fileName, contentType: material.contentType, fileSize: material.fileSize } },
      };
    }),
  );

  app.get(
    '/practices/materials/:id/file',
    handle(async (req, res, ctx) => {
      const { material, data } = await materials.readFile(ctx, String(req.params['id']));
      const name = material.fileName ?? 'material';
      res.setHeader('Content-Type', material.contentType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      // Served as a download with its declared type only: never rendered as a page of this origin.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(data);
    }),
  );

  // Body-parser refusals (too large, aborted) under /practices answer in the same JSON shape.
  app.use('/practices', (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error || res.headersSent) return next(error);
    if (error.status === 413) return sendError(res, fileProblem(`The file ${tooLargeMessage()}`), 413);
    if (error.status && error.status < 500) return sendError(res, fileProblem('The file could not be read'));
    sendError(res, error);
  });
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
