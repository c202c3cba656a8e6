import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../config/logger';
import type { RequestContext } from '../context/request-context';
import { ErrorCode, isClientError } from '../errors';

/**
 * Logs errors that are the server's fault with the request id, and hands that id to the client
 * in the masked error so a support request can be traced to the log line.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error('unhandled error', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              error: error.originalError?.stack ?? error.stack,
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>)['requestId'] = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
