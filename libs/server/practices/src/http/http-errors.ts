import type { Response } from 'express';
import { DomainError, ErrorCode, ValidationError, type Logger } from '@lr/server-core';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PHASE_RULE]: 409,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The JSON error body of the module's REST endpoints: `{ error: { code, message, field? } }`. */
export function sendProblem(res: Response, status: number, code: ErrorCode, message: string, field?: string): void {
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

/** Maps a thrown error like the GraphQL side does: domain errors keep their code, the rest is masked and logged. */
export function sendError(res: Response, error: unknown, logger: Logger, requestId?: string): void {
  if (error instanceof ValidationError) {
    const [first] = error.fields;
    return sendProblem(res, 400, error.code, first ? `${first.path} ${first.message}` : error.message, first?.path);
  }
  if (error instanceof DomainError) return sendProblem(res, STATUS[error.code], error.code, error.message);
  logger.error('practices endpoint failed', { requestId, error: error instanceof Error ? error.stack : String(error) });
  sendProblem(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}
