// Content negotiation of GraphQL over HTTP (graphql.github.io/graphql-over-http): a client that
// accepts application/graphql-response+json gets it, with the spec's status codes (4xx for a
// request that failed before execution, and then no `data` entry); a client that asks for
// application/json only gets the legacy rule: 200 for any GraphQL request error. A client that
// states no preference (no Accept, or */*) gets application/json with the statuses of the README's
// error table, as this API has always answered.
export type Media = 'graphql-response' | 'json' | 'default';

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export function mediaOf(accept: string | undefined): Media {
  if (!accept) return 'default';
  let json = false;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (params.some((p) => /^q=0(\.0*)?$/.test(p))) continue;
    if (type === GRAPHQL_RESPONSE) return 'graphql-response';
    if (type === 'application/json') json = true;
  }
  return json ? 'json' : 'default';
}
