// Type definitions for @neo4j/graphql (v7) over the same graph the API serves: the labels,
// relationship types and properties that cypher/seed/*.cypher writes. What the library cannot
// derive from the graph (collaborators, collaboration paths, funding traces, full-text search,
// sources joined to their documents) is given as @cypher fields, the library's own extension point.
export const LIB_TYPEDEFS = /* GraphQL */ `
type Participation @relationshipProperties {
  role: String!
  sourceDocs: [String!]
  sourceQuotes: [String!]
}

type LinkSources @relationshipProperties {
  sourceDocs: [String!]
  sourceQuotes: [String!]
}

"A source joined to its document (a plain object, not a node)."
type LibSource {
  quote: String!
  document: LibRef!
}

"A plain id/name/title reference returned by @cypher fields."
type LibRef {
  id: ID!
  name: String
  title: String
}

type LibCollaborator {
  agency: LibRef!
  assignments: [LibRef!]!
  strength: Int!
}

type LibStep {
  from: LibRef!
  to: LibRef!
  via: LibRef!
  fromRole: String!
  toRole: String!
}

type LibPath {
  hops: Int!
  steps: [LibStep!]!
}

type LibTraceFlow {
  id: ID!
  amountSek: Float
  year: Int!
  stage: String!
  to: LibRef!
}

type LibTraceStep {
  depth: Int!
  flow: LibTraceFlow!
}

type LibTrace {
  totalSek: Float!
  passedOnSek: Float!
  steps: [LibTraceStep!]!
}

type LibSearchHit {
  score: Float!
  node: LibRef!
}

type Document @node(labels: ["Document", "Entity"]) {
  id: ID!
  title: String!
  file: String
  published: String
  url: String
  sourceDocs: [String!]
  sourceQuotes: [String!]
  publisher: Agency @relationship(type: "PUBLISHED_BY", direction: OUT)
}

type Agency @node(labels: ["Agency", "Entity"]) {
  id: ID!
  name: String!
  nameEn: String
  abbreviation: String
  kind: String!
  sortName: String
  retired: Boolean
  sourceDocs: [String!]
  sourceQuotes: [String!]
  assignments: [Assignment!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  fundingReceived: [FundingFlow!]! @relationship(type: "TO", direction: IN)
  fundingProvided: [FundingFlow!]! @relationship(type: "FROM", direction: IN)
  sources: [LibSource!]!
    @cypher(
      statement: """
      UNWIND range(0, size(coalesce(this.sourceDocs, [])) - 1) AS i
      OPTIONAL MATCH (d:Document {id: this.sourceDocs[i]})
      RETURN {quote: this.sourceQuotes[i], document: {id: this.sourceDocs[i], title: d.title}} AS s
      """
      columnName: "s"
    )
  collaborators(limit: Int = 20): [LibCollaborator!]!
    @cypher(
      statement: """
      MATCH (this)-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
      WHERE b <> this AND r1.role IN ['ASSIGNEE', 'COORDINATOR'] AND r2.role IN ['ASSIGNEE', 'COORDINATOR']
        AND NOT coalesce(x.retired, false) AND NOT coalesce(b.retired, false)
      WITH b, x ORDER BY x.sortTitle, x.id
      WITH b, collect(DISTINCT {id: x.id, title: x.title}) AS shared
      WITH b, shared, size(shared) AS strength
      ORDER BY strength DESC, b.sortName, b.id
      LIMIT $limit
      RETURN {agency: {id: b.id, name: b.name}, assignments: shared, strength: strength} AS c
      """
      columnName: "c"
    )
}

type Assignment @node(labels: ["Assignment", "Entity"]) {
  id: ID!
  title: String!
  kind: String
  description: String
  diaryNumber: String
  diaryNumbers: [String!]
  decided: String
  reportDue: String
  sortTitle: String
  retired: Boolean
  sourceDocs: [String!]
  sourceQuotes: [String!]
  participants: [Agency!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  issuedBy: Agency @relationship(type: "ISSUED_BY", direction: OUT)
  strategies: [Strategy!]! @relationship(type: "SERVES", direction: OUT, properties: "LinkSources")
  focusAreas: [FocusArea!]! @relationship(type: "IN_FOCUS_AREA", direction: OUT, properties: "LinkSources")
  funding: [FundingFlow!]! @relationship(type: "FINANCES", direction: IN)
  sources: [LibSource!]!
    @cypher(
      statement: """
      UNWIND range(0, size(coalesce(this.sourceDocs, [])) - 1) AS i
      OPTIONAL MATCH (d:Document {id: this.sourceDocs[i]})
      RETURN {quote: this.sourceQuotes[i], document: {id: this.sourceDocs[i], title: d.title}} AS s
      """
      columnName: "s"
    )
}

type Strategy @node(labels: ["Strategy", "Entity"]) {
  id: ID!
  name: String!
  kind: String!
  diaryNumber: String
  periodStart: Int
  periodEnd: Int
  sortName: String
  sourceDocs: [String!]
  sourceQuotes: [String!]
  parent: Strategy @relationship(type: "PART_OF", direction: OUT)
  children: [Strategy!]! @relationship(type: "PART_OF", direction: IN)
  focusAreas: [FocusArea!]! @relationship(type: "PART_OF", direction: IN)
  assignments: [Assignment!]! @relationship(type: "SERVES", direction: IN, properties: "LinkSources")
}

type FocusArea @node(labels: ["FocusArea", "Entity"]) {
  id: ID!
  name: String!
  goal: String
  sourceDocs: [String!]
  sourceQuotes: [String!]
  strategy: Strategy @relationship(type: "PART_OF", direction: OUT)
  assignments: [Assignment!]! @relationship(type: "IN_FOCUS_AREA", direction: IN, properties: "LinkSources")
}

type Appropriation @node(labels: ["Appropriation", "Entity"]) {
  id: ID!
  code: String!
  name: String!
  sourceDocs: [String!]
  sourceQuotes: [String!]
}

type FundingFlow @node(labels: ["FundingFlow", "Entity"]) {
  id: ID!
  amountSek: Float
  qualifier: String!
  stage: String!
  year: Int!
  note: String
  sourceDocs: [String!]
  sourceQuotes: [String!]
  from: Agency @relationship(type: "FROM", direction: OUT)
  to: Agency @relationship(type: "TO", direction: OUT)
  paidVia: Agency @relationship(type: "PAID_VIA", direction: OUT)
  appropriation: Appropriation @relationship(type: "UNDER_APPROPRIATION", direction: OUT)
  assignment: Assignment @relationship(type: "FINANCES", direction: OUT)
  strategy: Strategy @relationship(type: "FINANCES", direction: OUT)
}

type Query {
  collaborationPath(fromId: ID!, toId: ID!, maxHops: Int = 4): LibPath
    @cypher(
      statement: """
      MATCH (a:Agency {id: $fromId}), (b:Agency {id: $toId})
      MATCH p = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
      WHERE all(r IN relationships(p) WHERE r.role IN ['ASSIGNEE', 'COORDINATOR'])
        AND all(n IN nodes(p) WHERE NOT coalesce(n.retired, false))
        AND length(p) <= 2 * $maxHops
      WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT 1
      WITH nodes(p) AS ns, [r IN relationships(p) | r.role] AS roles
      RETURN {
        hops: size(ns) / 2,
        steps: [i IN range(0, size(ns) - 3, 2) | {
          from: {id: ns[i].id, name: ns[i].name}, via: {id: ns[i + 1].id, title: ns[i + 1].title},
          to: {id: ns[i + 2].id, name: ns[i + 2].name}, fromRole: roles[i], toRole: roles[i + 1]
        }]
      } AS path
      """
      columnName: "path"
    )
  fundingTrace(fromId: ID!, maxDepth: Int = 3, stages: [String!] = ["ALLOCATED", "PAID"]): LibTrace
    @cypher(
      statement: """
      MATCH (root:Agency {id: $fromId})
      OPTIONAL MATCH (root) ((payer:Agency)<-[:FROM]-(f:FundingFlow)-[:TO]->(recipient:Agency)){1,6}
      WHERE size(f) <= $maxDepth
        AND all(x IN f WHERE x.stage IN $stages AND NOT coalesce(x.retired, false) AND x.year = f[0].year)
      WITH last(f) AS flow, size(f) AS depth
      WITH flow, min(depth) AS depth
      ORDER BY depth, flow.year, flow.id
      OPTIONAL MATCH (flow)-[:TO]->(to:Agency)
      WITH collect(CASE WHEN flow IS NULL THEN null ELSE {depth: depth, flow: {id: flow.id, amountSek: flow.amountSek, year: flow.year,
        stage: flow.stage, to: {id: to.id, name: to.name}}} END) AS steps
      RETURN {
        totalSek: reduce(s = 0.0, x IN steps | s + CASE WHEN x.depth = 1 THEN coalesce(x.flow.amountSek, 0) ELSE 0 END),
        passedOnSek: reduce(s = 0.0, x IN steps | s + CASE WHEN x.depth > 1 THEN coalesce(x.flow.amountSek, 0) ELSE 0 END),
        steps: steps
      } AS trace
      """
      columnName: "trace"
    )
  "Lucene query built by the caller; exact-key matches first (as the API does), no snippets."
  search(lucene: String!, exact: String!, first: Int = 10): [LibSearchHit!]!
    @cypher(
      statement: """
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
      RETURN {score: score, node: {id: n.id, name: n.name, title: n.title}} AS hit
      """
      columnName: "hit"
    )
}
`;
