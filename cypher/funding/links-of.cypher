// The money links of many flows at once: where each came from (fundedBy), where it went
// (passedOnAs), its whole and its parts, each link with the sources that state it.
UNWIND $ids AS id
MATCH (f:FundingFlow {id: id})
RETURN id,
  [(g:FundingFlow)-[r:PASSED_ON_AS]->(f) WHERE NOT coalesce(g.retired, false) | {flow: g {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes}] AS fundedBy,
  [(f)-[r:PASSED_ON_AS]->(g:FundingFlow) WHERE NOT coalesce(g.retired, false) | {flow: g {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes}] AS passedOnAs,
  [(f)-[r:SHARE_OF]->(g:FundingFlow) WHERE NOT coalesce(g.retired, false) | {flow: g {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes}] AS partOf,
  [(g:FundingFlow)-[r:SHARE_OF]->(f) WHERE NOT coalesce(g.retired, false) | {flow: g {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes}] AS parts
