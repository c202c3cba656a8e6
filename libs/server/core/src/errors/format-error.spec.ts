import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConflictError, ErrorCode, NotFoundError, StaleVersionError, UnauthenticatedError, ValidationError } from './domain-error';
import { formatError, isClientError } from './format-error';

const at = { locations: [{ line: 1, column: 3 }], path: ['updateUser'] };

/** What graphql-js and Apollo hand to formatError for an error thrown by a resolver. */
function thrownByResolver(original: Error): [GraphQLFormattedError, GraphQLError] {
  const error = new GraphQLError(original.message, { originalError: original, path: at.path });
  return [{ message: original.message, ...at, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['secret stack'] } }, error];
}

describe('formatError', () => {
  it('keeps a domain error’s message, code and details', () => {
    const result = formatError(...thrownByResolver(new StaleVersionError('User', 'u1', 3, 4)));
    expect(result).toEqual({
      ...at,
      message: expect.stringContaining('User u1 was changed by someone else'),
      extensions: { code: ErrorCode.CONFLICT, entity: 'User', id: 'u1', expectedVersion: 3, currentVersion: 4 },
    });
  });

  it('lists the failing fields of a validation error', () => {
    const result = formatError(...thrownByResolver(ValidationError.field('input.email', 'must be an e-mail address')));
    expect(result.message).toBe('input.email: must be an e-mail address');
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.email', message: 'must be an e-mail address' }] });
  });

  it('maps each domain error class to its code', () => {
    expect(formatError(...thrownByResolver(new NotFoundError('ApiKey', 'k1'))).extensions).toEqual({ code: 'NOT_FOUND', entity: 'ApiKey', id: 'k1' });
    expect(formatError(...thrownByResolver(new ConflictError('taken'))).extensions).toEqual({ code: 'CONFLICT' });
    expect(formatError(...thrownByResolver(new UnauthenticatedError())).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('masks any other error as INTERNAL_SERVER_ERROR without its message or stack', () => {
    const result = formatError(...thrownByResolver(new Error('connection to 10.0.0.5 refused: password=hunter2')));
    expect(result).toEqual({ ...at, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('masks an error that reaches it unwrapped', () => {
    const result = formatError({ message: 'boom' }, new TypeError('boom'));
    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes GraphQL’s own parse and validation errors through', () => {
    const formatted = { message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });
});

describe('isClientError', () => {
  it('tells the client’s errors from the server’s', () => {
    expect(isClientError(new GraphQLError('syntax'))).toBe(true);
    expect(isClientError(new GraphQLError('x', { originalError: new ConflictError('x') }))).toBe(true);
    expect(isClientError(new GraphQLError('x', { originalError: new Error('x') }))).toBe(false);
    expect(isClientError(new Error('x'))).toBe(false);
  });
});
