// fundingReceived ($relType TO) or fundingProvided ($relType FROM) of many agencies at once.
UNWIND $items AS item
OPTIONAL MATCH (:Agency {id: item.agencyId})<-[r]-(f:FundingFlow)
WHERE type(r) = $relType AND NOT coalesce(f.retired, false)
  AND f.stage IN item.stages
  AND (item.year IS NULL OR f.year = item.year OR (f.year <= item.year AND coalesce(f.openEnded, false) AND coalesce(f.amountBasis, 'PER_YEAR') = 'PER_YEAR'))
WITH item, f ORDER BY f.year, f.id
RETURN item.key AS key, collect(f {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
    .exceedsIncoming}) AS flows
