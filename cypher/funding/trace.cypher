// Money downstream of the root, along the documents' own links only: the root's flows (depth 1),
// then each flow PASSED_ON_AS onward (depth 2 …), never a coincidence of year and recipient.
// A year asks for the flows covering it (an open-ended yearly amount covers every year from its
// start; a TOTAL only its first). One row per (flow, the flow it came from) with the link's
// sources, so every step says why it is there; the resolver keeps each flow's smallest depth.
// The links' passages come only when the selection reads them ($linkSources: a step's reason or
// via's sources), the recipients as brief maps when its fields need no more ($briefTo): a trace
// has a row per flow, and these were most of its bytes.
MATCH (root:Agency {id: $fromId})<-[:FROM]-(f0:FundingFlow)
MATCH p = (f0)-[:PASSED_ON_AS*0..5]->(f:FundingFlow)
WHERE length(p) < $maxDepth
  AND all(x IN nodes(p) WHERE x.stage IN $stages AND NOT coalesce(x.retired, false)
    AND ($year IS NULL OR x.year = $year
      OR (x.year <= $year AND coalesce(x.openEnded, false) AND coalesce(x.amountBasis, 'PER_YEAR') = 'PER_YEAR')))
WITH f, length(p) + 1 AS depth, CASE WHEN length(p) = 0 THEN null ELSE relationships(p)[-1] END AS link,
  CASE WHEN length(p) = 0 THEN null ELSE nodes(p)[-2] END AS via
WITH f, depth, link, via
ORDER BY depth, f.year, f.id
RETURN f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming} AS flow, depth, via.id AS viaId,
  CASE WHEN link IS NULL THEN null ELSE {sourceDocs: CASE WHEN $linkSources THEN link.sourceDocs END,
    sourceQuotes: CASE WHEN $linkSources THEN link.sourceQuotes END} END AS link,
  [(f)-[:SHARE_OF]->(w:FundingFlow) WHERE w.amountSek IS NOT NULL | w.id] AS wholeIds,
  // The recipient as Flow.to's loader would give it (cypher/entities/related-out, retired ones too),
  // saving that round trip.
  head([(f)-[:TO]->(to:Entity:Agency) | CASE WHEN $briefTo THEN to {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName}
    ELSE to {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry} END]) AS to
