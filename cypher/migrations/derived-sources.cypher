// Every entity that has derived properties: the fields they follow from and their stored values
// (src/domain/derived.ts computes what they should be).
MATCH (n:Entity)
WHERE n:Agency OR n:Strategy OR n:FocusArea OR n:Assignment
RETURN n.id AS id,
       CASE WHEN n:Agency THEN 'Agency' WHEN n:Strategy THEN 'Strategy' WHEN n:FocusArea THEN 'FocusArea' ELSE 'Assignment' END AS label,
       n {.name, .nameEn, .abbreviation, .title, .diaryNumber, .diaryNumbers, .aliases,
          .sortName, .sortTitle, .folded, .exactKeys, .exactKeyBag, .diaryNumbersFolded, .diaryNumberText, .aliasBag} AS props
ORDER BY id
