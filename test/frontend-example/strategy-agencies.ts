// A typed query as a front end writes it: the result and variables types come from the schema, so
// a misspelt field or a wrong variable type fails `tsc`, not the user's browser.
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './gql/index.js';

export const StrategyAgencies = graphql(`
  query StrategyAgencies($id: ID!, $first: Int) {
    strategy(id: $id) {
      name
      periodStart
      assignments(first: $first) {
        totalCount
        edges { node { title reportDue participants { role agency { name } } } }
      }
    }
  }
`);

export type StrategyAgenciesResult = ResultOf<typeof StrategyAgencies>;

export async function fetchStrategyAgencies(
  endpoint: string,
  variables: VariablesOf<typeof StrategyAgencies>,
  apiKey?: string,
): Promise<StrategyAgenciesResult> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ query: print(StrategyAgencies), variables }),
  });
  const body = (await res.json()) as {
    data?: StrategyAgenciesResult;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!;
}

// `reportDue` is a Date scalar, typed as its ISO string: no Date object is pretended.
export function dueDates(result: StrategyAgenciesResult): string[] {
  return (result.strategy?.assignments.edges ?? []).flatMap((e) => (e.node.reportDue ? [e.node.reportDue] : []));
}
