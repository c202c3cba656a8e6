import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../config/logger';
import type { RequestContext } from '../context/request-context';
import { ErrorCode, HTTP_STATUS, MASKED_ERROR, UnauthenticatedError, toPublicError } from '../errors';
import type { ModuleHandler, ModuleHandlerOptions, ModuleHttp } from '../module/domain-module';
import { translateDatabaseError } from '../database/records';

/**
 * Answers an error from a module's REST endpoint with the GraphQL error shape
 * (`{ errors: [{ message, extensions: { code, …, requestId } }] }`) and the code's HTTP status.
 * Anything that is not a client error is masked and logged with the request id.
 */
export function sendErrorResponse(res: Response, error: unknown, logger: Logger, requestId?: string): void {
  if (res.headersSent) return;
  const known = toPublicError(translateDatabaseError(error));
  if (!known) logger.error('endpoint failed', { requestId, path: res.req?.originalUrl, error: error instanceof Error ? error.stack : String(error) });
  const body = known ?? MASKED_ERROR;
  const status = HTTP_STATUS[body.extensions.code as ErrorCode] ?? 500;
  const retryAfter = body.extensions['retryAfter'];
  if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
  res.status(status).json({ errors: [{ ...body, extensions: { ...body.extensions, ...(requestId ? { requestId } : {}) } }] });
}

/** The `handle`/`sendError` pair of `ModuleHttp`, over the gateway's context factory. */
export function moduleHttpHelpers(contextFor: (req: Request, res: Response) => Promise<RequestContext>, logger: Logger): Pick<ModuleHttp, 'handle' | 'sendError'> {
  const requestIdOf = (res: Response) => (res.getHeader('x-request-id') as string | undefined) ?? undefined;
  const handle = (handler: ModuleHandler, options: ModuleHandlerOptions = {}): RequestHandler =>
    async (req, res) => {
      try {
        const ctx = (res.locals['ctx'] as RequestContext | undefined) ?? (await contextFor(req, res));
        if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
        if (options.writes) await ctx.transaction(() => handler(req, res, ctx));
        else await handler(req, res, ctx);
      } catch (error) {
        sendErrorResponse(res, error, logger, requestIdOf(res));
      }
    };
  return { handle, sendError: (res, error) => sendErrorResponse(res, error, logger, requestIdOf(res)) };
}
