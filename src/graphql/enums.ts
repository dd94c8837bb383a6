// The SDL's enums as values, for the zod row schemas of the typed query registry (src/neo4j/rows.ts
// and the areas' queries.ts). `oneOf` makes each list compile only while it names exactly the
// generated union's members, so an enum value added to schema/ without one here fails typecheck.
import type {
  AgencyKind,
  AmountBasis,
  AmountLevel,
  AmountQualifier,
  AssignmentKind,
  AssignmentRole,
  DatePrecision,
  FundingStage,
  MinistryLinkTime,
  RegisterMatchMethod,
  StrategyKind,
  SuccessionBasis,
} from './generated/resolvers-types.js';

type Exactly<T extends string, A extends readonly T[]> = [T] extends [A[number]] ? A : never;
const oneOf =
  <T extends string>() =>
  <const A extends readonly [T, ...T[]]>(values: Exactly<T, A>): A =>
    values;

export const AGENCY_KINDS = oneOf<AgencyKind>()([
  'AGENCY',
  'ASSOCIATION',
  'CIVIL_SOCIETY',
  'COMMITTEE',
  'COUNTY_ADMINISTRATIVE_BOARD',
  'GOVERNMENT',
  'MINISTRY',
  'MUNICIPALITY',
  'OTHER',
  'REGION',
  'UNIVERSITY',
]);
export const ASSIGNMENT_KINDS = oneOf<AssignmentKind>()([
  'APPROPRIATION_TASK',
  'GOVERNMENT_ASSIGNMENT',
  'INQUIRY_DIRECTIVE',
  'LEGISLATION',
  'OTHER',
  'STANDING_COLLABORATION',
]);
export const STRATEGY_KINDS = oneOf<StrategyKind>()(['ACTION_PLAN', 'INITIATIVE', 'PROGRAMME', 'STRATEGY']);
export const FUNDING_STAGES = oneOf<FundingStage>()(['ALLOCATED', 'ESTIMATED', 'PAID', 'PROPOSED']);
export const AMOUNT_QUALIFIERS = oneOf<AmountQualifier>()([
  'APPROXIMATE',
  'AT_LEAST',
  'AT_MOST',
  'EXACT',
  'UNSPECIFIED',
]);
export const AMOUNT_BASES = oneOf<AmountBasis>()(['PER_YEAR', 'TOTAL']);
export const AMOUNT_LEVELS = oneOf<AmountLevel>()(['INCREASE', 'LEVEL']);
export const REGISTER_MATCH_METHODS = oneOf<RegisterMatchMethod>()([
  'ABBREVIATION',
  'ENGLISH_NAME',
  'MINISTRY_NAME',
  'NAME',
  'OTHER_NAME',
  'SHORT_CODE',
]);
export const ASSIGNMENT_ROLES = oneOf<AssignmentRole>()(['ASSIGNEE', 'CONSULTED', 'COORDINATOR', 'COPIED']);
export const DATE_PRECISIONS = oneOf<DatePrecision>()(['DAY', 'MONTH', 'SEASON', 'YEAR']);
export const MINISTRY_LINK_TIMES = oneOf<MinistryLinkTime>()(['AT_CLOSURE', 'CURRENT']);
export const SUCCESSION_BASES = oneOf<SuccessionBasis>()(['DOCUMENT', 'REFERENCE', 'REGISTER']);
