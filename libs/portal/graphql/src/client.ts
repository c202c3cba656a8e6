import { Client, cacheExchange, fetchExchange } from 'urql';

export interface ClientOptions {
  url: string;
  /** Read on every request, so signing in or out needs no new client. */
  getToken(): string | null;
  getLanguage(): string;
}

/** The portal's GraphQL client; the shell makes one and hands it to every section. */
export function createGraphqlClient(options: ClientOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST only: the API refuses simple GET requests as a CSRF precaution.
    preferGetMethod: false,
    fetchOptions: () => {
      const token = options.getToken();
      return {
        headers: {
          'accept-language': options.getLanguage(),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      };
    },
  });
}
