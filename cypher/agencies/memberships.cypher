// Per agency: the groups it belongs to (out) and the members it has (in).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[r:MEMBER_OF]->(g:Agency)
  WITH r, g ORDER BY g.sortName, g.id
  RETURN collect(CASE WHEN g IS NULL THEN null ELSE {agency: g {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}, reason: r.reason, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes} END) AS memberOf
}
CALL (a) {
  OPTIONAL MATCH (a)<-[r:MEMBER_OF]-(m:Agency)
  WITH r, m ORDER BY m.sortName, m.id
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {agency: m {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup, .sortName,
    .orgNr, .orgNrs, .wikidataId, .website, .governance, .establishedText, .closedText, .existsFrom, .existsUntil,
    .registerRecord, .registers, .registerMatch, .shortCode, .registerNameEn, .registerGroup, .otherNames,
    .instructionSfs, .expiredBySfs, .employeesCount, .employeesYear, .registerMinistry}, reason: r.reason, sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes} END) AS members
}
RETURN id, memberOf, members
