import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { validate } from 'class-validator';
import { ErrorCode, ForbiddenError, UnauthenticatedError, ValidationError, fieldProblems, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { exportPracticesCsv } from '../export/practices-export';
import { MAX_MATERIAL_BYTES, contentTypeProblem, mediaType, tooLargeMessage } from '../materials/material-file-rules';
import { PracticeMaterialService } from '../materials/practice-material.service';
import { canEditPractices } from '../practices/practice-access';
import { PracticeFilter } from '../practices/practice.inputs';
import { sendError, sendProblem } from './http-errors';

type Handler = (req: Request, res: Response, ctx: RequestContext) => Promise<void>;

const materials = new PracticeMaterialService();

function one(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `?statuses=A,B` or `?statuses=A&statuses=B`. */
function many(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(','));
  const cleaned = list.map((v) => v.trim()).filter(Boolean);
  return cleaned.length ? cleaned : undefined;
}

/** The list filters of `practices(filter:)`, read from the query string and validated alike. */
export async function filterFromQuery(query: Record<string, unknown>): Promise<PracticeFilter> {
  const filter = Object.assign(new PracticeFilter(), {
    search: one(query['search']),
    countryCode: one(query['countryCode']),
    statuses: many(query['statuses']),
    level: one(query['level']),
    thematicAreaId: one(query['thematicAreaId']),
    routeId: one(query['routeId']),
  });
  for (const key of Object.keys(filter) as (keyof PracticeFilter)[]) if (filter[key] === undefined) delete filter[key];
  const problems = fieldProblems(await validate(filter, { forbidUnknownValues: false }), '');
  if (problems.length) throw new ValidationError(problems);
  return filter;
}

/**
 * The module's REST endpoints (what GraphQL does not suit): the CSV export, and uploading and
 * downloading material files. Same credentials as the API; errors as `{ error: { code, message, field? } }`.
 */
export function mountPracticesHttp({ app, contextFor, logger }: ModuleHttp): void {
  /** Authenticates (signed-in users and API keys), then runs the handler; errors become JSON. */
  const withContext =
    (handler: Handler): RequestHandler =>
    async (req, res) => {
      let ctx: RequestContext | undefined;
      try {
        ctx = (res.locals['ctx'] as RequestContext | undefined) ?? (await contextFor(req, res));
        if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
        await handler(req, res, ctx);
      } catch (error) {
        sendError(res, error, logger, ctx?.requestId);
      }
    };

  app.get(
    '/practices/export.csv',
    withContext(async (req, res, ctx) => {
      const csv = await exportPracticesCsv(ctx, await filterFromQuery(req.query as Record<string, unknown>));
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="practices.csv"');
      res.send(csv);
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
      if (typeProblem) return sendProblem(res, 400, ErrorCode.BAD_USER_INPUT, typeProblem, 'file');
      if (Number(req.headers['content-length'] ?? 0) > MAX_MATERIAL_BYTES) return sendProblem(res, 413, ErrorCode.BAD_USER_INPUT, `The file ${tooLargeMessage()}`, 'file');
      next();
    } catch (error) {
      sendError(res, error, logger);
    }
  };

  app.post(
    '/practices/materials/:id/file',
    admitUpload,
    // Every admitted type is read as raw bytes; the limit also stops chunked bodies without a length.
    express.raw({ type: () => true, limit: MAX_MATERIAL_BYTES }),
    withContext(async (req, res, ctx) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!data.length) return sendProblem(res, 400, ErrorCode.BAD_USER_INPUT, 'The file is empty', 'file');
      const requestedName = one(req.query['fileName']) ?? one(req.headers['x-file-name']);
      const material = await materials.attachFile(ctx, String(req.params['id']), {
        data,
        contentType: mediaType(req.headers['content-type']) as string,
        fileName: requestedName ? safeDecode(requestedName) : undefined,
      });
      res.status(200).json({
        material: { id: material.id, version: material.version, fileName: material.fileName, contentType: material.contentType, fileSize: material.fileSize },
      });
    }),
  );

  app.get(
    '/practices/materials/:id/file',
    withContext(async (req, res, ctx) => {
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

  // Body-parser refusals (too large, aborted) under /practices answer in the module's JSON shape.
  app.use('/practices', (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error || res.headersSent) return next(error);
    if (error.status === 413) return sendProblem(res, 413, ErrorCode.BAD_USER_INPUT, `The file ${tooLargeMessage()}`, 'file');
    if (error.status && error.status < 500) return sendProblem(res, error.status, ErrorCode.BAD_USER_INPUT, 'The file could not be read', 'file');
    sendError(res, error, logger);
  });
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
