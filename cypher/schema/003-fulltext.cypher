// One full-text index with the Swedish analyzer (stemming, Swedish stop words) over every text a
// user searches: names, abbreviations, titles, descriptions and goals.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Agency|Assignment|Strategy|FocusArea)
ON EACH [n.name, n.nameEn, n.abbreviation, n.title, n.description, n.goal, n.diaryNumberText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish', `fulltext.eventually_consistent`: false } };
