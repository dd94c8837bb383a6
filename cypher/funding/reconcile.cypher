// Per agency and year: what it received, what it passed on along documented links, and the loose
// ends an auditor asks about (onward flows with no known source; a distributing body's incoming
// flows with no onward flow). A distributing body is one that passes money on in any year.
// Years as in funding/aggregate: a flow covers its year, an open-ended yearly one every later year.
MATCH (a:Agency)
WHERE ($agencyId IS NULL OR a.id = $agencyId) AND NOT coalesce(a.retired, false)
WITH a,
  [(f:FundingFlow)-[:TO]->(a) WHERE NOT coalesce(f.retired, false) AND f.stage IN $stages
    AND (f.year = $year OR (f.year <= $year AND coalesce(f.openEnded, false) AND coalesce(f.amountBasis, 'PER_YEAR') = 'PER_YEAR')) | f] AS incoming,
  [(f:FundingFlow)-[:FROM]->(a) WHERE NOT coalesce(f.retired, false) AND f.stage IN $stages
    AND (f.year = $year OR (f.year <= $year AND coalesce(f.openEnded, false) AND coalesce(f.amountBasis, 'PER_YEAR') = 'PER_YEAR')) | f] AS outgoing,
  [(f:FundingFlow)-[:PAID_VIA]->(a) WHERE NOT coalesce(f.retired, false) AND f.stage IN $stages AND f.year = $year | f] AS paidVia,
  EXISTS { MATCH (a)<-[:TO]-(:FundingFlow)-[:PASSED_ON_AS]->(:FundingFlow)-[:FROM]->(a) } AS distributes
WHERE size(incoming) + size(outgoing) + size(paidVia) > 0
RETURN a.id AS agencyId, distributes,
  [f IN incoming | f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming, wholeIds: [(f)-[:SHARE_OF]->(w:FundingFlow) WHERE w.amountSek IS NOT NULL | w.id], onward: [(f)-[:PASSED_ON_AS]->(o:FundingFlow) WHERE o IN outgoing | o.id]}] AS incoming,
  [f IN outgoing | f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming, sourceIds: [(s:FundingFlow)-[:PASSED_ON_AS]->(f) | s.id], wholeIds: [(f)-[:SHARE_OF]->(w:FundingFlow) WHERE w.amountSek IS NOT NULL | w.id]}] AS outgoing,
  [f IN paidVia | f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}] AS paidVia
ORDER BY a.sortName, a.id
