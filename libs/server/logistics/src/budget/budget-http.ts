import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { canEdit, ForbiddenError, UnauthenticatedError, ValidationError, type ModuleHttp } from '@lr/server-core';
import { LOGISTICS } from '../common/access';
import { ExpenseService } from './expense.service';
import { MAX_RECEIPT_BYTES, mediaType, receiptTypeProblem, tooLargeMessage } from './receipt-rules';

// The endpoints are not resolvers, so they are not built by the container; the service has no dependencies.
const expenses = new ExpenseService();

function one(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A refused file, answered like every other input error: BAD_USER_INPUT on the `file` field. */
function fileProblem(message: string, constraint: string): ValidationError {
  return ValidationError.field('file', message, constraint);
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Receipts of expenses, uploaded and downloaded as files (what GraphQL does not suit). Same
 * credentials and error shape as the GraphQL API: logistics editors upload, internal users
 * (not partners, not participants) download.
 */
export function mountBudgetHttp({ app, contextFor, handle, handleWrite, sendError }: ModuleHttp): void {
  /** Checks who uploads and what, before a byte of the body is read. */
  const admitUpload: RequestHandler = async (req, res, next) => {
    try {
      const ctx = await contextFor(req, res);
      if (ctx.principal.kind === 'anonymous') throw new UnauthenticatedError();
      if (!canEdit(ctx.principal, LOGISTICS)) throw new ForbiddenError('Only logistics editors may upload receipts');
      res.locals['ctx'] = ctx;
      const typeProblem = receiptTypeProblem(mediaType(req.headers['content-type']));
      if (typeProblem) throw fileProblem(typeProblem, 'receiptType');
      if (Number(req.headers['content-length'] ?? 0) > MAX_RECEIPT_BYTES) return sendError(res, fileProblem(`The file ${tooLargeMessage()}`, 'receiptSize'), 413);
      next();
    } catch (error) {
      sendError(res, error);
    }
  };

  app.post(
    '/logistics/expenses/:id/receipt',
    admitUpload,
    // Every admitted type is read as raw bytes; the limit also stops chunked bodies without a length.
    express.raw({ type: () => true, limit: MAX_RECEIPT_BYTES }),
    // One transaction; the answer goes out once the new receipt's row is committed and the
    // replaced file deleted.
    handleWrite(async (req, ctx) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!data.length) throw fileProblem('The file is empty', 'receiptEmpty');
      const requestedName = one(req.query['fileName']) ?? one(req.headers['x-file-name']);
      const expense = await expenses.attachReceipt(ctx, String(req.params['id']), {
        data,
        contentType: mediaType(req.headers['content-type']) as string,
        fileName: requestedName ? safeDecode(requestedName) : undefined,
      });
      return { body: { expense: { id: expense.id, version: expense.version, hasReceipt: true, receiptName: expense.receiptName, receiptType: expense.receiptType } } };
    }),
  );

  app.get(
    '/logistics/expenses/:id/receipt',
    handle(async (req, res, ctx) => {
      const { expense, data } = await expenses.readReceipt(ctx, String(req.params['id']));
      const name = expense.receiptName ?? 'receipt';
      res.setHeader('Content-Type', expense.receiptType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      // Served as a download with its declared type only: never rendered as a page of this origin.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(data);
    }),
  );

  // Body-parser refusals (too large, aborted) under /logistics/expenses answer in the same JSON shape.
  app.use('/logistics/expenses', (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error || res.headersSent) return next(error);
    if (error.status === 413) return sendError(res, fileProblem(`The file ${tooLargeMessage()}`, 'receiptSize'), 413);
    if (error.status && error.status < 500) return sendError(res, fileProblem('The file could not be read', 'receiptReadable'));
    sendError(res, error);
  });
}
