// Full-text candidates (Swedish analyzer) plus exact name / abbreviation / diary-number matches and
// entities one of whose keys starts with the query ("polis" → Polismyndigheten); the resolver
// ranks them (src/search/rank.ts). $query is escaped Lucene (src/search/lucene.ts); $labels is
// from the closed SearchKind enum.
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $candidates}) YIELD node, score
  WHERE NOT coalesce(node.retired, false) AND any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({node: node {.*}, score: score}) AS hits
}
CALL () {
  MATCH (n:Entity)
  WHERE n.exactKeyBag CONTAINS ('|' + $exact + '|') AND NOT coalesce(n.retired, false) AND any(l IN labels(n) WHERE l IN $labels)
  RETURN collect(n {.*}) AS exact
}
CALL () {
  MATCH (n:Entity)
  WHERE size($exact) >= 3 AND n.exactKeyBag CONTAINS ('|' + $exact) AND NOT coalesce(n.retired, false)
    AND any(l IN labels(n) WHERE l IN $labels)
  WITH n LIMIT $candidates
  RETURN collect(n {.*}) AS prefixed
}
RETURN hits, exact, prefixed
