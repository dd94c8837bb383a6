// Incoming neighbours of many entities in one round trip (see related-out).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)<-[r]-(m:Entity)
WHERE type(r) = $relType AND $targetLabel IN labels(m) AND ($withRetired OR NOT coalesce(m.retired, false))
WITH id, m
ORDER BY coalesce(m.sortName, m.sortTitle), m.year, m.id
RETURN id, collect(CASE
    WHEN m:Agency THEN m {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
      .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
      .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
      .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}
    WHEN m:Assignment THEN m {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .diaryNumberText, .decided,
      .decidedEnd, .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd,
      .reportedPrecision, .planned, .interimReports, .aliases, .sortTitle}
    WHEN m:Strategy THEN m {.id, .retired, .name, .kind, .diaryNumber, .periodStart, .periodEnd, .sortName}
    WHEN m:FocusArea THEN m {.id, .retired, .name, .goal, .sortName}
    WHEN m:FundingFlow THEN m {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
      .exceedsIncoming}
    WHEN m:Appropriation THEN m {.id, .retired, .code, .name}
    WHEN m:Document THEN m {.id, .retired, .title, .published, .url, .file, .hasText}
    ELSE m {.id, .retired} END) AS nodes
