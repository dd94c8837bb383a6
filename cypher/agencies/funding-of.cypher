// fundingReceived ($relType TO) or fundingProvided ($relType FROM) of many agencies at once.
UNWIND $items AS item
OPTIONAL MATCH (:Agency {id: item.agencyId})<-[r]-(f:FundingFlow)
WHERE type(r) = $relType AND NOT coalesce(f.retired, false)
  AND (item.year IS NULL OR f.year = item.year)
  AND (item.stages IS NULL OR f.stage IN item.stages)
WITH item, f ORDER BY f.year, f.id
RETURN item.key AS key, collect(f {.*}) AS flows
