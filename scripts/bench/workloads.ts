// The named workloads, each as the same question put three ways: to our API (GraphQL), to
// @neo4j/graphql (GraphQL over the library's generated schema), and to the raw-Cypher floor (one
// hand-written query through neo4j-driver). What the three return is kept as alike as the library
// allows; the differences are listed in `lib.note`.
import { fold } from '../../src/domain/text.js';
import { toLuceneQuery } from '../../src/search/lucene.js';

export interface Picks {
  agencyId: string;
  strategyId: string;
  pathFrom: string;
  pathTo: string;
  pathHops: number;
  tracePayer: string;
  searchText: string;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Workload {
  name: string;
  title: string;
  ours: GraphqlRequest;
  lib: GraphqlRequest | { na: string };
  lib_note?: string;
  raw: Record<string, unknown>; // the body POSTed to /raw/<name>
}

const ROLE_ORDER = "CASE r.role WHEN 'COORDINATOR' THEN 0 WHEN 'ASSIGNEE' THEN 1 WHEN 'CONSULTED' THEN 2 ELSE 3 END";

// One hand-written query per workload, for the raw baseline server (serve-raw.ts).
export const RAW_CYPHER: Record<string, string> = {
  point: `
MATCH (a:Agency {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
  RETURN count(DISTINCT x) AS totalCount
}
CALL (a) {
  MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
  WITH DISTINCT x ORDER BY x.sortTitle, x.id LIMIT $first
  CALL (x) {
    MATCH (p:Agency)-[r:PARTICIPATES_IN]->(x) WHERE NOT coalesce(p.retired, false)
    WITH p, r ORDER BY ${ROLE_ORDER}, p.sortName, p.id
    RETURN collect({role: r.role, agency: {id: p.id, name: p.name}}) AS participants
  }
  RETURN collect({id: x.id, title: x.title, participants: participants}) AS assignments
}
RETURN {id: a.id, name: a.name, kind: a.kind, totalCount: totalCount, assignments: assignments} AS result`,

  list: `
CALL () {
  MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId})
  WHERE NOT coalesce(x.retired, false)
  RETURN DISTINCT x
}
WITH x ORDER BY x.sortTitle, x.id
WITH collect(x) AS matched
CALL (matched) {
  UNWIND matched[..$first] AS x
  CALL (x) {
    MATCH (p:Agency)-[r:PARTICIPATES_IN]->(x) WHERE NOT coalesce(p.retired, false)
    WITH p, r ORDER BY ${ROLE_ORDER}, p.sortName, p.id
    RETURN collect({role: r.role, agency: {id: p.id, name: p.name}}) AS participants
  }
  RETURN collect({id: x.id, title: x.title, participants: participants}) AS page
}
RETURN {totalCount: size(matched), page: page} AS result`,

  collaborators: `
MATCH (a:Agency {id: $id})-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
WHERE b <> a AND r1.role IN ['ASSIGNEE', 'COORDINATOR'] AND r2.role IN ['ASSIGNEE', 'COORDINATOR']
  AND NOT coalesce(x.retired, false) AND NOT coalesce(b.retired, false)
WITH b, x ORDER BY x.sortTitle, x.id
WITH b, collect(DISTINCT {id: x.id, title: x.title}) AS shared
WITH b, shared, size(shared) AS strength ORDER BY strength DESC, b.sortName, b.id LIMIT $first
RETURN collect({agency: {id: b.id, name: b.name}, assignments: shared, strength: strength}) AS result`,

  path: `
MATCH (a:Agency {id: $fromId}), (b:Agency {id: $toId})
MATCH p = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.role IN ['ASSIGNEE', 'COORDINATOR'])
  AND all(n IN nodes(p) WHERE NOT coalesce(n.retired, false))
  AND length(p) <= 2 * $maxHops
WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 1
WITH nodes(p) AS ns, [r IN relationships(p) | r.role] AS roles
RETURN {hops: size(ns) / 2, steps: [i IN range(0, size(ns) - 3, 2) | {
  from: {id: ns[i].id, name: ns[i].name}, via: {id: ns[i + 1].id, title: ns[i + 1].title},
  to: {id: ns[i + 2].id, name: ns[i + 2].name}, fromRole: roles[i], toRole: roles[i + 1]}]} AS result`,

  trace: `
MATCH (root:Agency {id: $fromId})
OPTIONAL MATCH (root) ((payer:Agency)<-[:FROM]-(f:FundingFlow)-[:TO]->(recipient:Agency)){1,6}
WHERE size(f) <= $maxDepth
  AND all(x IN f WHERE x.stage IN ['ALLOCATED', 'PAID'] AND NOT coalesce(x.retired, false) AND x.year = f[0].year)
WITH last(f) AS flow, size(f) AS depth
WITH flow, min(depth) AS depth
ORDER BY depth, flow.year, flow.id
OPTIONAL MATCH (flow)-[:TO]->(to:Agency)
WITH collect(CASE WHEN flow IS NULL THEN null ELSE {depth: depth, flow: {id: flow.id, amountSek: flow.amountSek, year: flow.year,
  stage: flow.stage, to: {id: to.id, name: to.name}}} END) AS steps
RETURN {
  totalSek: reduce(s = 0.0, x IN steps | s + CASE WHEN x.depth = 1 THEN coalesce(x.flow.amountSek, 0) ELSE 0 END),
  passedOnSek: reduce(s = 0.0, x IN steps | s + CASE WHEN x.depth > 1 THEN coalesce(x.flow.amountSek, 0) ELSE 0 END),
  steps: steps} AS result`,

  search: `
CALL () {
  MATCH (n:Entity) WHERE n.exactKeyBag CONTAINS ('|' + $exact + '|') AND NOT coalesce(n.retired, false)
    AND (n:Agency OR n:Assignment OR n:Strategy OR n:FocusArea)
  RETURN n, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('search_text', $lucene, {limit: 50}) YIELD node, score
  WITH node AS n, score WHERE NOT coalesce(n.retired, false)
  RETURN n, score
}
WITH n, max(score) AS score ORDER BY score DESC, n.id LIMIT $first
RETURN collect({score: score, node: {id: n.id, name: n.name, title: n.title}}) AS result`,

  wide: `
CALL () { MATCH (d:Document) RETURN collect([d.id, d.title]) AS docs }
MATCH (a:Agency) WHERE NOT coalesce(a.retired, false)
WITH docs, a ORDER BY a.sortName, a.id LIMIT $agencies
CALL (a, docs) {
  OPTIONAL MATCH (a)-[:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(x.retired, false)
  WITH DISTINCT x ORDER BY x.sortTitle, x.id LIMIT $first
  CALL (x, docs) {
    MATCH (p:Agency)-[r:PARTICIPATES_IN]->(x) WHERE NOT coalesce(p.retired, false)
    WITH p, r ORDER BY ${ROLE_ORDER}, p.sortName, p.id
    RETURN collect({role: r.role, agency: {id: p.id, name: p.name},
      sources: [i IN range(0, size(r.sourceDocs) - 1) | {quote: r.sourceQuotes[i],
        document: {id: r.sourceDocs[i], title: head([d IN docs WHERE d[0] = r.sourceDocs[i] | d[1]])}}]}) AS participants
  }
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {id: x.id, title: x.title,
    sources: [i IN range(0, size(x.sourceDocs) - 1) | {quote: x.sourceQuotes[i],
      document: {id: x.sourceDocs[i], title: head([d IN docs WHERE d[0] = x.sourceDocs[i] | d[1]])}}],
    participants: participants} END) AS assignments
}
RETURN collect({id: a.id, name: a.name,
  sources: [i IN range(0, size(a.sourceDocs) - 1) | {quote: a.sourceQuotes[i],
    document: {id: a.sourceDocs[i], title: head([d IN docs WHERE d[0] = a.sourceDocs[i] | d[1]])}}],
  assignments: assignments}) AS result`,
};

const PARTICIPANTS_OURS = 'participants { role agency { id name } }';
const PARTICIPANTS_LIB = 'participantsConnection { edges { properties { role } node { id name } } }';
const SOURCES = 'sources { quote document { id title } }';

export function workloads(p: Picks): Workload[] {
  const strategyWhere = {
    OR: [
      { id: { eq: p.strategyId } },
      { parent: { id: { eq: p.strategyId } } },
      { parent: { parent: { id: { eq: p.strategyId } } } },
    ],
  };
  const assignmentWhere = {
    OR: [{ strategies: { some: strategyWhere } }, { focusAreas: { some: { strategy: strategyWhere } } }],
  };
  const lucene = toLuceneQuery(p.searchText) ?? '""';
  return [
    {
      name: 'point',
      title: 'point lookup: agency(id) + 20 assignments + participants',
      ours: {
        query: `query($id: ID!) { agency(id: $id) { id name kind assignments(first: 20) { totalCount edges { node { id title ${PARTICIPANTS_OURS} } } } } }`,
        variables: { id: p.agencyId },
      },
      lib: {
        query: `query($id: ID!) { agencies(where: {id: {eq: $id}}) { id name kind assignmentsConnection { totalCount }
          assignments(limit: 20, sort: [{sortTitle: ASC}]) { id title ${PARTICIPANTS_LIB} } } }`,
        variables: { id: p.agencyId },
      },
      lib_note: 'participants unordered (no role-then-name order)',
      raw: { id: p.agencyId, first: 20 },
    },
    {
      name: 'list',
      title: 'assignments(filter:{strategyId}, first: 20) + participants',
      ours: {
        query: `query($sid: ID!) { assignments(filter: {strategyId: $sid}, first: 20) { totalCount edges { node { id title ${PARTICIPANTS_OURS} } } } }`,
        variables: { sid: p.strategyId },
      },
      lib: {
        query: `query($where: AssignmentWhere) { assignmentsConnection(where: $where) { totalCount }
          assignments(where: $where, limit: 20, sort: [{sortTitle: ASC}]) { id title ${PARTICIPANTS_LIB} } }`,
        variables: { where: assignmentWhere },
      },
      lib_note: 'strategy hierarchy unrolled to 2 levels of PART_OF (ours/raw: PART_OF*0..6)',
      raw: { strategyId: p.strategyId, first: 20 },
    },
    {
      name: 'collaborators',
      title: 'agency(id).collaborators(first: 20)',
      ours: {
        query:
          'query($id: ID!) { agency(id: $id) { id collaborators(first: 20) { strength agency { id name } assignments { id title } } } }',
        variables: { id: p.agencyId },
      },
      lib: {
        query:
          'query($id: ID!) { agencies(where: {id: {eq: $id}}) { id collaborators(limit: 20) { strength agency { id name } assignments { id title } } } }',
        variables: { id: p.agencyId },
      },
      lib_note: '@cypher field',
      raw: { id: p.agencyId, first: 20 },
    },
    {
      name: 'path',
      title: `collaborationPath (${p.pathHops} hops apart)`,
      ours: {
        query: `query($from: ID!, $to: ID!) { collaborationPath(fromId: $from, toId: $to) { hops steps { from { id name } to { id name } via { id title } fromRole toRole } } }`,
        variables: { from: p.pathFrom, to: p.pathTo },
      },
      lib: {
        query: `query($from: ID!, $to: ID!) { collaborationPath(fromId: $from, toId: $to) { hops steps { from { id name } to { id name } via { id title } fromRole toRole } } }`,
        variables: { from: p.pathFrom, to: p.pathTo },
      },
      lib_note: '@cypher Query field',
      raw: { fromId: p.pathFrom, toId: p.pathTo, maxHops: 4 },
    },
    {
      name: 'trace',
      title: 'fundingTrace(fromId) depth 3',
      ours: {
        query:
          'query($id: ID!) { fundingTrace(fromId: $id) { totalSek passedOnSek steps { depth flow { id amountSek year stage to { id name } } } } }',
        variables: { id: p.tracePayer },
      },
      lib: {
        query:
          'query($id: ID!) { fundingTrace(fromId: $id) { totalSek passedOnSek steps { depth flow { id amountSek year stage to { id name } } } } }',
        variables: { id: p.tracePayer },
      },
      lib_note: '@cypher Query field',
      raw: { fromId: p.tracePayer, maxDepth: 3 },
    },
    {
      name: 'search',
      title: `search("${p.searchText}", first: 10)`,
      ours: {
        query:
          'query($q: String!) { search(query: $q, first: 10) { score node { id ... on Agency { name } ... on Assignment { title } ... on Strategy { name } ... on FocusArea { name } } } }',
        variables: { q: p.searchText },
      },
      lib: {
        query:
          'query($lucene: String!, $exact: String!) { search(lucene: $lucene, exact: $exact, first: 10) { score node { id name title } } }',
        variables: { lucene, exact: fold(p.searchText) },
      },
      lib_note: '@cypher Query field; Lucene query built client-side; no snippet',
      raw: { lucene, exact: fold(p.searchText), first: 10 },
    },
    {
      name: 'wide',
      title: 'wide: 50 agencies × 20 assignments × participants × sources',
      ours: {
        query: `{ agencies(first: 50) { edges { node { id name ${SOURCES} assignments(first: 20) { edges { node { id title ${SOURCES}
          participants { role agency { id name } ${SOURCES} } } } } } } } }`,
        variables: {},
      },
      lib: {
        query: `{ agencies(limit: 50, sort: [{sortName: ASC}]) { id name ${SOURCES} assignments(limit: 20, sort: [{sortTitle: ASC}]) { id title ${SOURCES}
          participantsConnection { edges { properties { role sourceDocs sourceQuotes } node { id name } } } } } }`,
        variables: {},
      },
      lib_note:
        'node sources via @cypher; participation sources as id/quote lists (relationship properties cannot have @cypher)',
      raw: { agencies: 50, first: 20 },
    },
  ];
}
