import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { isPartner, mediaType, UnauthenticatedError, ForbiddenError, ValidationError, type ModuleHttp } from '@lr/server-core';
import { evidenceFiles } from './evidence-rules';
import { ProgressService } from './progress.service';

// The endpoints are not resolvers, so they are not built by the container; the service has no dependencies.
const progress = new ProgressService();

function one(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A refused file, answered like every other input error: BAD_USER_INPUT on the `file` field. */
const fileProblem = (message: string) => ValidationError.field('file', message, 'evidenceFile');

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Evidence files of progress reports, uploaded and downloaded (what GraphQL does not suit). Same
 * credentials and error shape as the GraphQL API: whoever may change the report uploads (its
 * indicator's owner, follow-up editors, admins; the service checks), signed-in users who read
 * the report download; partners' keys do neither.
 */
export function mountProgressHttp({ app, contextFor, handle, handleWrite, sendError }: ModuleHttp): void {
  /** Checks who uploads and what, before a byte of the body is read. */
  const admitUpload: RequestHandler = async (req, res, next) => {
    try {
      const ctx = await contextFor(req, res);
      if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
      if (isPartner(ctx.principal)) throw new ForbiddenError('API keys cannot upload evidence');
      const typeProblem = evidenceFiles.typeProblem(mediaType(req.headers['content-type']));
      if (typeProblem) throw fileProblem(typeProblem);
      if (Number(req.headers['content-length'] ?? 0) > evidenceFiles.maxBytes) return sendError(res, fileProblem(`The file ${evidenceFiles.tooLargeMessage()}`), 413);
      next();
    } catch (error) {
      sendError(res, error);
    }
  };

  app.post(
    '/follow-up/progress/:id/evidence',
    admitUpload,
    // Every admitted type is read as raw bytes; the limit also stops chunked bodies without a length.
    express.raw({ type: () => true, limit: evidenceFiles.maxBytes }),
    // One transaction; the answer goes out once the row is committed and the replaced file deleted.
    handleWrite(async (req, ctx) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!data.length) throw fileProblem('The file is empty');
      const requestedName = one(req.query['fileName']) ?? one(req.headers['x-file-name']);
      const report = await progress.attachEvidence(ctx, String(req.params['id']), {
        data,
        contentType: mediaType(req.headers['content-type']) as string,
        fileName: requestedName ? safeDecode(requestedName) : undefined,
      });
      return {
        body: {
          progressReport: { id: report.id, version: report.version, verification: report.verification, hasEvidenceFile: true, evidenceName: report.evidenceName, evidenceType: report.evidenceType },
        },
      };
    }),
  );

  app.get(
    '/follow-up/progress/:id/evidence',
    handle(async (req, res, ctx) => {
      const { report, data } = await progress.readEvidence(ctx, String(req.params['id']));
      const name = report.evidenceName ?? 'evidence';
      res.setHeader('Content-Type', report.evidenceType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      // Served as a download with its declared type only: never rendered as a page of this origin.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(data);
    }),
  );

  // Body-parser refusals (too large, aborted) under /follow-up/progress answer in the same JSON shape.
  app.use('/follow-up/progress', (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error || res.headersSent) return next(error);
    if (error.status === 413) return sendError(res, fileProblem(`The file ${evidenceFiles.tooLargeMessage()}`), 413);
    if (error.status && error.status < 500) return sendError(res, fileProblem('The file could not be read'));
    sendError(res, error);
  });
}
