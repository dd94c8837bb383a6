// GraphiQL's opening tabs: the README's example queries, one group per kind of reader, with the
// README's literal ids moved into variables so that the variables pane shows what to change.
// test/int/frontdoor.int.test.ts runs every tab and compares its answer with the README query's.
export interface ExampleTab {
  readme: string; // the key in test/readme-examples.ts this tab is taken from
  audience: 'analyst' | 'front-end' | 'auditor';
  query: string;
  variables: Record<string, unknown>;
}

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    readme: 'collaborators',
    audience: 'analyst',
    query: `# Analyst: who works most with an agency, and on which assignments.
query AnalystCollaborators($agencyId: ID!, $first: Int) {
  agency(id: $agencyId) {
    name
    collaborators(first: $first) {
      strength
      agency { name }
      assignments { title diaryNumber }
    }
  }
}`,
    variables: { agencyId: 'agency:kriminalvarden', first: 3 },
  },
  {
    readme: 'path',
    audience: 'analyst',
    query: `# Analyst: the shortest chain of shared assignments between two bodies.
query AnalystCollaborationPath($fromId: ID!, $toId: ID!) {
  collaborationPath(fromId: $fromId, toId: $toId) {
    hops
    steps { from { name } fromRole via { title diaryNumber } to { name } toRole }
  }
}`,
    variables: { fromId: 'agency:kriminalvarden', toId: 'agency:statistiska-centralbyran' },
  },
  {
    readme: 'search',
    audience: 'analyst',
    query: `# Analyst: full-text search over agencies, assignments and strategies.
query AnalystSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    snippet
    node { id ... on Agency { name } ... on Assignment { title } }
  }
}`,
    variables: { query: 'Brå', first: 3 },
  },
  {
    readme: 'pagination',
    audience: 'front-end',
    query: `# Front end: keyset pagination; pass pageInfo.endCursor as $after for the next page.
query FrontEndMinistries($first: Int, $after: String) {
  agencies(filter: { kind: [MINISTRY] }, first: $first, after: $after) {
    totalCount
    edges { cursor node { name abbreviation } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 2 },
  },
  {
    readme: 'provenance',
    audience: 'auditor',
    query: `# Auditor: an assignment with who coordinates it, its money, and the passages that say so.
query AuditorProvenance($id: ID!, $asOf: Date) {
  assignment(id: $id) {
    title
    reportDue
    status(asOf: $asOf)
    issuedBy { name }
    participants(role: COORDINATOR) {
      agency { name }
      sources { quote document { title } }
    }
    funding { amountSek qualifier stage year to { name } appropriation { code } paidVia { name } }
  }
}`,
    variables: { id: 'assignment:samverkan-mans-vald-mot-kvinnor-2024', asOf: '2026-01-01' },
  },
  {
    readme: 'funding',
    audience: 'auditor',
    query: `# Auditor: decided money apart from promises (PROPOSED, ESTIMATED).
query AuditorFunding($toId: ID!) {
  decided: fundingFlows(filter: { toId: $toId }) {
    totalCount totalSek unspecifiedCount
  }
  all: fundingFlows(filter: { toId: $toId, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID] }, first: 2) {
    totalCount totalSek
    totalsByStage { stage totalSek flowCount }
    edges { node { year amountSek qualifier stage sources { quote } } }
  }
}`,
    variables: { toId: 'agency:delegationen-mot-segregation' },
  },
  {
    readme: 'trace',
    audience: 'auditor',
    query: `# Auditor: follow a payer's money downstream for one budget year, along documented links only.
query AuditorTrace($fromId: ID!, $year: Int, $maxDepth: Int) {
  fundingTrace(fromId: $fromId, year: $year, maxDepth: $maxDepth) {
    totalSek passedOnSek inconsistent
    steps { depth reason flow { id amountSek } }
  }
}`,
    variables: { fromId: 'agency:regeringen', year: 2023, maxDepth: 2 },
  },
];
