import { Client, fetchExchange } from '@urql/core';

export interface GraphqlClientOptions {
  /** Defaults to '/graphql' on the origin that served the app. */
  url?: string;
  /** A fetch to use instead of the browser's (tests pass a fake server). */
  fetch?: typeof fetch;
}

/**
 * The urql client: POST only (the server's CSRF prevention blocks simple GETs) and no
 * document cache — what the worker needs offline is kept in IndexedDB instead. Headers
 * (token, device id) are given per request by the session manager.
 */
export function createGraphqlClient(options: GraphqlClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
}
