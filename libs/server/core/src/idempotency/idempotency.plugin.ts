import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { rateLimitSubject } from '../limits/rate-limits';
import { IdempotencyKey } from './idempotency-key.entity';

const HEADER = 'idempotency-key';
const KEEP_HOURS = 24;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** An answer without running the operation (Apollo turns errors thrown from this hook into 500s). */
function refusal(status: number, code: string, message: string): GraphQLResponse {
  return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

/**
 * `Idempotency-Key` for mutations, as Stripe's API has it: a retried mutation with the same key
 * and the same request gets the first answer again and changes nothing; the same key with
 * another request is a CONFLICT; a retry while the first is still running is a CONFLICT too (its
 * outcome is not known yet). Keys belong to the caller who sent them and expire after 24 hours.
 * The key is claimed before the mutation runs, so two copies of one request never both run.
 */
export function idempotencyPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  const repo = () => dataSource.getRepository(IdempotencyKey);
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(HEADER);
      if (!key) return {};
      let claimed: string | null = null;
      return {
        async responseForOperation({ operation, contextValue }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'mutation') return null;
          if (!KEY_FORMAT.test(key)) return refusal(400, 'BAD_USER_INPUT', 'Idempotency-Key must be 1-255 visible ASCII characters');
          const scopedKey = `${rateLimitSubject(contextValue.principal, contextValue.clientIp).key}|${key}`;
          const requestHash = createHash('sha256')
            .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]))
            .digest('hex');
          await repo().createQueryBuilder().delete().where(`created_at < now() - interval '${KEEP_HOURS} hours'`).andWhere('scoped_key = :scopedKey', { scopedKey }).execute();
          // No audit entry: a claim is bookkeeping, and a stored answer may hold a session token.
          const inserted = await repo()
            .createQueryBuilder()
            .insert()
            .values({ scopedKey, requestHash, response: null, httpStatus: null })
            .orIgnore()
            .callListeners(false)
            .execute();
          // ON CONFLICT DO NOTHING returns no row when the key was already claimed.
          if (Array.isArray(inserted.raw) && inserted.raw.length > 0) {
            claimed = scopedKey;
            return null; // The first time: run it.
          }
          const first = await repo().findOneBy({ scopedKey });
          if (!first || first.requestHash !== requestHash) return refusal(409, 'CONFLICT', 'This Idempotency-Key was used for another request; use a new key for a new request');
          if (!first.response) return refusal(409, 'CONFLICT', 'A request with this Idempotency-Key is still running; retry once it has answered');
          return {
            http: { status: first.httpStatus ?? 200, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult: first.response },
          };
        },
        async willSendResponse({ response }) {
          if (!claimed || response.body.kind !== 'single') return;
          await repo()
            .createQueryBuilder()
            .update()
            .set({ response: response.body.singleResult as never, httpStatus: response.http.status ?? 200 })
            .where('scoped_key = :claimed', { claimed })
            .callListeners(false)
            .execute();
        },
      };
    },
  };
}
