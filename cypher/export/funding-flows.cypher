// One page of funding flows for /export (keyset on id), filtered as fundingFlows' FundingFilter.
MATCH (f:FundingFlow)
WHERE NOT coalesce(f.retired, false) AND f.id > $after
  AND ($year IS NULL OR f.year = $year)
  AND f.stage IN $stages
  AND ($agencyId IS NULL OR EXISTS { MATCH (f)-[:FROM|TO]->(:Agency {id: $agencyId}) })
  AND ($strategyId IS NULL
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) }
    OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $strategyId}) })
WITH f ORDER BY f.id LIMIT $limit
OPTIONAL MATCH (f)-[:FROM]->(p:Agency)
OPTIONAL MATCH (f)-[:TO]->(t:Agency)
OPTIONAL MATCH (f)-[:PAID_VIA]->(v:Agency)
OPTIONAL MATCH (f)-[:UNDER_APPROPRIATION]->(ap:Appropriation)
RETURN f.id AS key, f.id AS id, f.year AS year, f.stage AS stage, f.qualifier AS qualifier, f.amountSek AS amountSek,
  p.id AS fromId, p.name AS fromName, v.id AS paidViaId, v.name AS paidViaName, t.id AS toId, t.name AS toName,
  ap.code AS appropriation, head([(f)-[:FINANCES]->(x:Assignment) | x.id]) AS assignmentId,
  head([(f)-[:FINANCES]->(s:Strategy) | s.id]) AS strategyId, f.note AS note,
  // The links that keep a sum honest: money passed on from another flow, or a part of a whole.
  [(i:FundingFlow)-[:PASSED_ON_AS]->(f) | i.id] AS fundedByIds, head([(f)-[:SHARE_OF]->(w:FundingFlow) | w.id]) AS partOfId,
  f.sourceDocs AS sourceDocs, f.sourceQuotes AS sourceQuotes
