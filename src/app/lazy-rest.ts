import type { REST, RESTOptions } from '@discordjs/rest';

/** The calls the bot makes to Discord's REST API: discord.js's client, as far as it is used. */
export type RestClient = Pick<REST, 'get' | 'post' | 'patch' | 'put' | 'delete'>;

/**
 * discord.js's REST client (it queues each route's requests and waits out rate limits), loaded
 * on the first call. Loading it takes a few hundred milliseconds and tens of megabytes, which
 * the HTTP endpoint and the command line would otherwise pay at start for calls most of them
 * never make (a deferred reply, a pinned explainer).
 */
export function lazyRest(options: Partial<RESTOptions> = {}, token?: string): RestClient {
  let client: Promise<REST> | undefined;
  const rest = () =>
    (client ??= import('@discordjs/rest').then(({ REST }) => {
      const created = new REST({ version: '10', ...options });
      return token ? created.setToken(token) : created;
    }));
  return {
    get: async (route, request) => (await rest()).get(route, request),
    post: async (route, request) => (await rest()).post(route, request),
    patch: async (route, request) => (await rest()).patch(route, request),
    put: async (route, request) => (await rest()).put(route, request),
    delete: async (route, request) => (await rest()).delete(route, request),
  };
}
