// What each GraphQL type's resolvers and loaders really receive as their parent, for the generated
// resolver types (src/graphql/codegen.ts maps the SDL's types to these names). Nodes are the
// property maps Cypher returns, with the stored properties the field resolvers read declared (as
// optional: a node written before a property existed lacks it); the other mapped types are rows
// whose shape differs from the SDL (ids where the SDL has objects, sources as parallel lists).
// This is the one place to point them at typed rows: every resolver's parent type follows.
import type { Row } from '../neo4j/executor.js';
import type { Props, SourceRef } from './entities.js';
import type {
  AgencyKind,
  AmountBasis,
  AmountLevel,
  AmountQualifier,
  AssignmentKind,
  AssignmentRole,
  FundingStage,
  RegisterMatchMethod,
  SuccessionBasis,
} from './generated/resolvers-types.js';

// Strategy, FocusArea, Appropriation, Document, Change and the Node interface.
export type NodeParent = Props;

export type AgencyParent = Props & {
  kind?: AgencyKind | null;
  sortName?: string | null;
  isGroup?: boolean | null;
  orgNr?: string | null;
  orgNrs?: string[] | null;
  wikidataId?: string | null;
  website?: string | null;
  governance?: string | null;
  establishedText?: string | null;
  closedText?: string | null;
  existsUntil?: string | null;
  registerRecord?: string | null;
  registers?: string[] | null;
  registerMatch?: RegisterMatchMethod | null;
  shortCode?: string | null;
  registerNameEn?: string | null;
  registerGroup?: string | null;
  otherNames?: string[] | null;
  instructionSfs?: string | null;
  expiredBySfs?: string | null;
  employeesCount?: number | null;
  employeesYear?: number | null;
  registerMinistry?: string | null;
};

// The dates come with `<field>End` and `<field>Precision` beside them (read by name).
export type AssignmentParent = Props & {
  kind?: AssignmentKind | null;
  sortTitle?: string | null;
  decided?: string | null;
  diaryNumbers?: string[] | null;
  interimReports?: string[] | null;
  aliases?: string[] | null;
  planned?: boolean | null;
};

export type FundingFlowParent = Props & {
  year?: number | null;
  yearTo?: number | null;
  openEnded?: boolean | null;
  amountSek?: number | null;
  amountBasis?: AmountBasis | null;
  basis?: AmountLevel | null;
  stage?: FundingStage | null;
  qualifier?: AmountQualifier | null;
  exceedsIncoming?: boolean | null;
  exceedsSourceDocs?: string[] | null;
  exceedsSourceQuotes?: string[] | null;
};

export type SourceParent = SourceRef;

// A relationship's properties with its sources as sourceDocs/sourceQuotes (Membership, PossibleDuplicate).
export type SourcedParent = Row;

// A succession stated by a public page carries the page (see ReferenceSource); the others may not.
export type SuccessionParent = Row & {
  predecessorId: string;
  successorId: string;
  registerRecord?: string | null;
  registers?: string[];
} & (
    | { basis?: Exclude<SuccessionBasis, 'REFERENCE'> }
    | { basis: 'REFERENCE'; referenceUrl: string; referencePublisher: string; referenceExcerpt: string }
  );

export type ParticipantParent = {
  agency: AgencyParent;
  role: AssignmentRole;
  sourceDocs?: string[] | null;
  sourceQuotes?: string[] | null;
  // The assignment's decision date, carried down for afterClosure.
  assignmentDecided?: string | null;
};

export type FundingGroupParent = {
  year: number | null;
  payerId: string | null;
  recipientId: string | null;
  recipientKind: AgencyKind | null;
  strategyId: string | null;
  appropriationId: string | null;
  stage: FundingStage | null;
  qualifier: AmountQualifier | null;
  basis: AmountLevel | null;
  totalSek: number;
  flowCount: number;
  unspecifiedCount: number;
  repeatCount: number;
  openEndedCount: number;
  byQualifier: { qualifier: AmountQualifier; totalSek: number; flowCount: number }[];
};

export type FundingReconciliationParent = { agencyId: string };

// Rows served as they come from their query (register/ministry-collaboration, register/ministry-funding):
// nothing checks them against the SDL until the queries' rows are typed.
export type MinistryCollaborationParent = Row & { strategyId?: string | null };
export type RowParent = Row;
