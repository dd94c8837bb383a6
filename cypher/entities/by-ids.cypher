// Any entity by id, retired or not: the kind is read from the id's prefix by the caller.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN CASE
    WHEN n:Agency THEN n {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
      .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
      .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
      .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}
    WHEN n:Assignment THEN n {.id, .retired, .title, .kind, .description, .diaryNumber, .diaryNumbers, .diaryNumberText, .decided,
      .decidedEnd, .decidedPrecision, .reportDue, .reportDueEnd, .reportDuePrecision, .reported, .reportedEnd,
      .reportedPrecision, .planned, .interimReports, .aliases, .sortTitle}
    WHEN n:Strategy THEN n {.id, .retired, .name, .kind, .diaryNumber, .periodStart, .periodEnd, .sortName}
    WHEN n:FocusArea THEN n {.id, .retired, .name, .goal, .sortName}
    WHEN n:FundingFlow THEN n {.id, .retired, .amountSek, .qualifier, .stage, .year, .yearTo, .openEnded, .amountBasis, .basis, .note,
      .exceedsIncoming}
    WHEN n:Appropriation THEN n {.id, .retired, .code, .name}
    WHEN n:Document THEN n {.id, .retired, .title, .published, .url, .file, .hasText}
    ELSE n {.id, .retired} END AS node
