// Brief projections. A query that returns agencies or assignments for a list may return only a
// few properties (Cypher: `a {.id, .retired, .name, .nameEn, .abbreviation, .kind, .isGroup,
// .sortName}`, `x {.id, .retired, .title, .kind, .sortTitle, .decided}`) when every field the
// client selected on them is answered from those or by id through a loader. Most list questions
// ask for ids and names; the full maps (29 properties of an agency, an assignment's description)
// were most of the bytes Neo4j serialised and the driver decoded.
// Closed lists: a field missing here only costs the full projection.
export const BRIEF_ASSIGNMENT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'retired',
  'title',
  'kind',
  'participants',
  'sources',
  'issuedBy',
  'strategies',
  'focusAreas',
  'funding',
  'possiblySameAs',
]);
export const BRIEF_AGENCY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'retired',
  'name',
  'nameEn',
  'abbreviation',
  'kind',
  'isGroup',
  'sources',
  'assignments',
  'collaborators',
]);

// A hit's fields answered by the brief candidate maps (cypher/search/fulltext.cypher), whatever the
// hit's type: most searches show a name and link to the entity.
export const BRIEF_HIT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'retired',
  'name',
  'title',
  'abbreviation',
  'nameEn',
  'kind',
  'isGroup',
]);
