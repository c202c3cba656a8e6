import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../config/logger';
import type { RequestContext } from '../context/request-context';
import { ErrorCode, HTTP_STATUS, MASKED_ERROR, UnauthenticatedError, ValidationError, toPublicError } from '../errors';
import { badTextProblems } from './input-hygiene';
import type { ModuleHandler, ModuleHttp, ModuleWriteHandler } from '../module/domain-module';
import { translateDatabaseError } from '../database/records';

/**
 * Answers an error from a module's REST endpoint with the GraphQL error shape
 * (`{ errors: [{ message, extensions: { code, …, requestId } }] }`) and the code's HTTP status.
 * Anything that is not a client error is masked and logged with the request id.
 */
export function sendErrorResponse(res: Response, error: unknown, logger: Logger, requestId?: string, statusOverride?: number): void {
  if (res.headersSent) return;
  const known = toPublicError(translateDatabaseError(error));
  if (!known) logger.error('endpoint failed', { requestId, path: res.req?.originalUrl, error: error instanceof Error ? error.stack : String(error) });
  const body = known ?? MASKED_ERROR;
  const status = statusOverride ?? HTTP_STATUS[body.extensions.code as ErrorCode] ?? 500;
  const retryAfter = body.extensions['retryAfter'];
  if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
  res.status(status).json({ errors: [{ ...body, extensions: { ...body.extensions, ...(requestId ? { requestId } : {}) } }] });
}

/** The `handle`/`handleWrite`/`sendError` of `ModuleHttp`, over the gateway's context factory. */
export function moduleHttpHelpers(
  contextFor: (req: Request, res: Response) => Promise<RequestContext>,
  logger: Logger,
): Pick<ModuleHttp, 'handle' | 'handleWrite' | 'sendError'> {
  const requestIdOf = (res: Response) => (res.getHeader('x-request-id') as string | undefined) ?? undefined;
  /** Authenticates (a context made by earlier middleware is reused), refuses anonymous callers, maps errors. */
  const withContext =
    (run: (req: Request, res: Response, ctx: RequestContext) => Promise<void>): RequestHandler =>
    async (req, res) => {
      try {
        const ctx = (res.locals['ctx'] as RequestContext | undefined) ?? (await contextFor(req, res));
        if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
        // Query-string values and path parameters are input too: refused like GraphQL arguments.
        const problems = [...badTextProblems(req.query, ''), ...badTextProblems(req.params, '')];
        if (problems.length) throw new ValidationError(problems);
        await run(req, res, ctx);
      } catch (error) {
        sendErrorResponse(res, error, logger, requestIdOf(res));
      }
    };
  return {
    handle: (handler: ModuleHandler) => withContext(handler),
    handleWrite: (handler: ModuleWriteHandler) =>
      withContext(async (req, res, ctx) => {
        const answer = await ctx.transaction(() => handler(req, ctx));
        res.status(answer.status ?? 200).json(answer.body);
      }),
    sendError: (res, error, status) => sendErrorResponse(res, error, logger, requestIdOf(res), status),
  };
}
