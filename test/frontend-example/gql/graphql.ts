/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 calendar date, e.g. 2026-10-15. */
  Date: { input: string; output: string; }
};

export type AfterClosureReading =
  | 'DATA_ERROR'
  | 'SUCCESSOR_TASK';

/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type Agency = Node & {
  __typename?: 'Agency';
  /** Common short form, e.g. 'Brå', 'MUCF', 'SKR'. */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Assignments this agency takes part in, optionally only in one role. Ordered by title, then id. `first` defaults to 20, at most 100. */
  assignments: AssignmentConnection;
  /** Assignments this agency takes part in that were decided on or after the day it closed. */
  assignmentsAfterClosure: Array<ClosedParticipation>;
  /** The day (or year) the agency ceased, per the register; null while it exists. */
  closed?: Maybe<PartialDate>;
  /** Agencies that share at least one assignment with this one as ASSIGNEE or COORDINATOR (both sides), strongest first (ties by name). `first` defaults to 20, at most 100. Group actors (`isGroup`) are left out unless `includeGroups`. */
  collaborators: Array<Collaborator>;
  /** First day (or year) the agency existed, per the register. */
  established?: Maybe<PartialDate>;
  /** False only when the register says the agency did not yet or no longer exist on that day (a year alone is read in the agency's favour). */
  existedOn: Scalars['Boolean']['output'];
  /** Flows this agency pays, ordered by year then id. ALLOCATED and PAID unless `stage` is given (the one stage rule). `year` as for fundingReceived. */
  fundingProvided: Array<FundingFlow>;
  /** Flows this agency receives, ordered by year then id. ALLOCATED and PAID unless `stage` is given (the one stage rule). `year` keeps the flows covering it (open-ended yearly flows cover every year from their start). */
  fundingReceived: Array<FundingFlow>;
  /** Form of governance, e.g. Enrådighet, Styrelse, Nämnd. */
  governance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for an actor that stands for many bodies ('Kommunerna', 'Länsstyrelserna', 'Civilsamhället', 'Flera myndigheter (ej namngivna)'). Such actors are left out of collaborators and collaboration chains unless asked for. */
  isGroup: Scalars['Boolean']['output'];
  kind: AgencyKind;
  /** Larger actors or groups this one is part of. */
  memberOf: Array<Membership>;
  /** Actors that are part of this one. */
  members: Array<Membership>;
  /** The ministry the agency answers to per the register (today's, or the last one for a closed agency); see ministryLink for which. */
  ministry?: Maybe<Agency>;
  ministryLink?: Maybe<MinistryLink>;
  /** Official Swedish name, e.g. 'Brottsförebyggande rådet'. */
  name: Scalars['String']['output'];
  /** English name, where one is known. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Organisation number (NNNNNN-NNNN) from the register; null when the registers disagree (see orgNrs) or give none. */
  orgNr?: Maybe<Scalars['String']['output']>;
  /** Every organisation number the registers give for the agency. */
  orgNrs: Array<Scalars['String']['output']>;
  /** Bodies whose task or money this one took over. */
  precededBy: Array<Succession>;
  /** The register record behind this agency; null for actors the register does not list. */
  register?: Maybe<RegisterEntry>;
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
  /** Bodies that took over this one's task or money. */
  succeededBy: Array<Succession>;
  website?: Maybe<Scalars['String']['output']>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type AgencyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<AssignmentRole>;
};


/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type AgencyCollaboratorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeGroups?: InputMaybe<Scalars['Boolean']['input']>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
};


/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type AgencyExistedOnArgs = {
  date: Scalars['Date']['input'];
};


/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type AgencyFundingProvidedArgs = {
  stage?: InputMaybe<Array<FundingStage>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An actor in the graph: a government agency or any other body that gives, receives or takes part in assignments and funding. */
export type AgencyFundingReceivedArgs = {
  stage?: InputMaybe<Array<FundingStage>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  /** Only agencies that existed on this day (see Agency.existedOn). */
  existedOn?: InputMaybe<Scalars['Date']['input']>;
  /** true: only agencies taking part in an assignment; false: only those taking part in none. */
  hasAssignment?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Array<AgencyKind>>;
  /** Agencies the register places under this ministry (both CURRENT and AT_CLOSURE links). */
  ministryId?: InputMaybe<Scalars['ID']['input']>;
  /** Case- and diacritic-insensitive match on name, English name or abbreviation. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Agencies with this organisation number (a group of courts shares one). */
  orgNr?: InputMaybe<Scalars['String']['input']>;
  /** Agencies taking part in an assignment under this strategy. */
  strategyId?: InputMaybe<Scalars['ID']['input']>;
};

export type AgencyInput = {
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  kind: AgencyKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  sources: Array<SourceInput>;
};

export type AgencyKind =
  /** A central government agency (myndighet), including delegations such as Delmos. */
  | 'AGENCY'
  /** An association of public bodies or of labour-market parties, e.g. Sveriges Kommuner och Regioner. */
  | 'ASSOCIATION'
  /** A civil-society organisation or a group of them. */
  | 'CIVIL_SOCIETY'
  /** A committee of inquiry, commission or special investigator (utredning, kommission). */
  | 'COMMITTEE'
  /** A county administrative board (länsstyrelse), or all of them as one actor. */
  | 'COUNTY_ADMINISTRATIVE_BOARD'
  /** Regeringen as a whole. */
  | 'GOVERNMENT'
  /** A ministry (departement) of Regeringskansliet. */
  | 'MINISTRY'
  /** A municipality, or municipalities as a group. */
  | 'MUNICIPALITY'
  | 'OTHER'
  /** A region, or regions as a group. */
  | 'REGION'
  /** A university or research centre. */
  | 'UNIVERSITY';

export type AgencyPatch = {
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  sources: Array<SourceInput>;
};

/** Whether an amount is for each year of the flow's period or one sum over the whole period. */
export type AmountBasis =
  /** The amount is for each year the flow covers (per år). */
  | 'PER_YEAR'
  /** One sum over the whole period (e.g. a programme period); counted once, in its first year. */
  | 'TOTAL';

/** Whether an amount is a whole level or an addition on an earlier level. */
export type AmountLevel =
  /** An addition on an earlier level (tillskott, förstärkning, ytterligare, ökar med). */
  | 'INCREASE'
  /** The whole amount (uppgår till, nivå). */
  | 'LEVEL';

export type AmountQualifier =
  /** 'ca', 'drygt', 'cirka'. */
  | 'APPROXIMATE'
  /** 'minst'. */
  | 'AT_LEAST'
  /** 'upp till', 'högst'. */
  | 'AT_MOST'
  | 'EXACT'
  /** The documents name the flow but not its amount. */
  | 'UNSPECIFIED';

/** A budget appropriation (anslag / anslagspost) in the state budget. */
export type Appropriation = Node & {
  __typename?: 'Appropriation';
  /** e.g. 'UO13 3:1 ap. 12'. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
};

/** A government assignment (regeringsuppdrag), inquiry directive or similar task given to one or more agencies. */
export type Assignment = Node & {
  __typename?: 'Assignment';
  /** Ids this assignment had before two records of it were merged; `assignment(id:)` and `node(id:)` still find it by them. */
  aliases: Array<Scalars['ID']['output']>;
  decided?: Maybe<Scalars['Date']['output']>;
  /** The decision date as the document gives it. */
  decidedAsGiven?: Maybe<DateAsGiven>;
  /** Precision of `decided` (whose value is the first day of the period the text gives). */
  decidedPrecision?: Maybe<DatePrecision>;
  /** What the assignment is about, in the documents' words. */
  description?: Maybe<Scalars['String']['output']>;
  /** Diary number (diarienummer) or other official reference, e.g. 'Ju2019/02027', 'dir. 2020:53'. */
  diaryNumber?: Maybe<Scalars['String']['output']>;
  /** Every diary number: its own first, then those that amend or extend it. */
  diaryNumbers: Array<Scalars['String']['output']>;
  focusAreas: Array<FocusArea>;
  /** Flows that finance this assignment, ordered by year then id. ALLOCATED and PAID unless `stage` is given (the one stage rule). */
  funding: Array<FundingFlow>;
  id: Scalars['ID']['output'];
  /** Dates of interim reports, where given. */
  interimReports: Array<Scalars['Date']['output']>;
  /** The ministry (or the government) that issued it. */
  issuedBy?: Maybe<Agency>;
  kind: AssignmentKind;
  /** Every participant with its role, ordered by role (COORDINATOR, ASSIGNEE, CONSULTED, COPIED) then name. */
  participants: Array<AssignmentParticipant>;
  /** True where the documents say it had not been given yet ('Regeringen avser att ge Brå i uppdrag …'): its status is NOT_STARTED until a decision date is known. */
  planned: Scalars['Boolean']['output'];
  /** Records the documents suggest are the same assignment (not merged: the texts do not make it clear). */
  possiblySameAs: Array<PossibleDuplicate>;
  /** Date of the final report (redovisas senast), where given. */
  reportDue?: Maybe<Scalars['Date']['output']>;
  /** The final-report deadline as the document gives it. */
  reportDueAsGiven?: Maybe<DateAsGiven>;
  /** Precision of `reportDue` (whose value is the first day of the period: 'i november 2021' is 2021-11-01 with MONTH, due until 2021-11-30). */
  reportDuePrecision?: Maybe<DatePrecision>;
  /** When the final report was delivered, where a document says so ('Uppdraget redovisades den 31 maj 2021'). */
  reported?: Maybe<DateAsGiven>;
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
  /** Status on `asOf` (default: today, UTC), using the dates at the precision the documents give (see AssignmentStatus). */
  status: AssignmentStatus;
  strategies: Array<Strategy>;
  title: Scalars['String']['output'];
};


/** A government assignment (regeringsuppdrag), inquiry directive or similar task given to one or more agencies. */
export type AssignmentFundingArgs = {
  stage?: InputMaybe<Array<FundingStage>>;
};


/** A government assignment (regeringsuppdrag), inquiry directive or similar task given to one or more agencies. */
export type AssignmentParticipantsArgs = {
  role?: InputMaybe<AssignmentRole>;
};


/** A government assignment (regeringsuppdrag), inquiry directive or similar task given to one or more agencies. */
export type AssignmentStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

export type AssignmentFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Any of the assignment's diary numbers, ignoring case and spaces. */
  diaryNumber?: InputMaybe<Scalars['String']['input']>;
  /** reportDue on or after this date. */
  dueAfter?: InputMaybe<Scalars['Date']['input']>;
  /** reportDue on or before this date. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  focusAreaId?: InputMaybe<Scalars['ID']['input']>;
  issuedById?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Array<AssignmentKind>>;
  role?: InputMaybe<AssignmentRole>;
  /** Only assignments with this status relative to `asOf` (default today). */
  status?: InputMaybe<AssignmentStatus>;
  /** Assignments serving this strategy, one of its focus areas, or a strategy under it. */
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  /** Full-text match on title and description (Swedish stemming). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AssignmentInput = {
  decided?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  diaryNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  focusAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuedById?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<AssignmentKind>;
  reportDue?: InputMaybe<Scalars['Date']['input']>;
  sources: Array<SourceInput>;
  strategyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

/** What sort of task an assignment is. */
export type AssignmentKind =
  /** A task in an agency's appropriation letter (regleringsbrev). */
  | 'APPROPRIATION_TASK'
  /** A government assignment (regeringsuppdrag) in a decision. */
  | 'GOVERNMENT_ASSIGNMENT'
  /** A directive to a committee of inquiry (dir.). */
  | 'INQUIRY_DIRECTIVE'
  /** A duty laid on bodies by law. */
  | 'LEGISLATION'
  | 'OTHER'
  /** A standing collaboration between bodies, e.g. the agencies working together against work-life crime. */
  | 'STANDING_COLLABORATION';

export type AssignmentParticipant = {
  __typename?: 'AssignmentParticipant';
  /** True when the register says the agency had closed by the day the assignment was decided. The documents still state the participation; see `assignmentsAfterClosure`. */
  afterClosure: Scalars['Boolean']['output'];
  agency: Agency;
  role: AssignmentRole;
  sources: Array<Source>;
};

export type AssignmentPatch = {
  decided?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  diaryNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  issuedById?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<AssignmentKind>;
  reportDue?: InputMaybe<Scalars['Date']['input']>;
  sources: Array<SourceInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type AssignmentRole =
  /** Given the assignment (or a share of it). */
  | 'ASSIGNEE'
  /** To be consulted: the assignees shall gather its experience or views. */
  | 'CONSULTED'
  /** Coordinates the assignment and usually reports for all (also an ASSIGNEE). */
  | 'COORDINATOR'
  /** Receives a copy of the decision (kopia till). */
  | 'COPIED';

export type AssignmentStatus =
  /** The final report date has passed and no report is recorded. */
  | 'DUE_PASSED'
  /** Before the decision date: the assignment had not been given yet. */
  | 'NOT_STARTED'
  /** Decided, and the final report not yet due (up to and including the last day of the deadline's period: a month-only deadline runs to the month's end), or decided and not yet reported. */
  | 'ONGOING'
  /** The final report was delivered on or before this date ('Uppdraget redovisades den 31 maj 2021'). */
  | 'REPORTED'
  /** The documents give nothing to tell (no deadline, no report date). */
  | 'UNKNOWN';

/** One recorded edit: who (API key id), when, what, and the entity before and after (JSON). Readable by the editor and admin roles only. */
export type Change = Node & {
  __typename?: 'Change';
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  before?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  keyId: Scalars['String']['output'];
  operation: Scalars['String']['output'];
  /** The HTTP request id (x-request-id) of the edit, to find it in the server's logs; null for entries older than this field and for imports run from the command line. */
  requestId?: Maybe<Scalars['String']['output']>;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/** A participation the documents state in an assignment decided after the agency had closed. */
export type ClosedParticipation = {
  __typename?: 'ClosedParticipation';
  agency: Agency;
  assignment: Assignment;
  closed: PartialDate;
  decided: Scalars['Date']['output'];
  /** SUCCESSOR_TASK when the agency has a successor (the task most likely passed on); DATA_ERROR when none is known. */
  reading: AfterClosureReading;
  role: AssignmentRole;
  /** Who the register or the documents say took over from the agency. */
  successors: Array<Agency>;
};

export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  hops: Scalars['Int']['output'];
  steps: Array<CollaborationStep>;
};

/** One hop of a collaboration chain: two agencies that share an assignment. */
export type CollaborationStep = {
  __typename?: 'CollaborationStep';
  from: Agency;
  /** The role of `from` and of `to` in `via`. */
  fromRole: AssignmentRole;
  /** The sources of `from`'s participation in `via`. */
  fromSources: Array<Source>;
  to: Agency;
  toRole: AssignmentRole;
  /** The sources of `to`'s participation in `via`. */
  toSources: Array<Source>;
  via: Assignment;
};

export type Collaborator = {
  __typename?: 'Collaborator';
  agency: Agency;
  /** The assignments both agencies take part in as ASSIGNEE or COORDINATOR. */
  assignments: Array<Assignment>;
  /** Number of shared assignments. */
  strength: Scalars['Int']['output'];
};

/** Which data answered a query: tie a saved answer to it by asking for `dataVersion { tag }` in the same request. */
export type DataVersion = {
  __typename?: 'DataVersion';
  /** API edits committed since the last import. */
  editsSinceImport: Scalars['Int']['output'];
  /** Counter incremented by every committed import and API edit. */
  graphVersion: Scalars['Int']['output'];
  /** When the last seed import committed (ISO 8601). */
  importedAt?: Maybe<Scalars['String']['output']>;
  lastEditAt?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of every seed file and document of the last import. */
  seedChecksum?: Maybe<Scalars['String']['output']>;
  /** Short form '<first 12 hex of seedChecksum>.<graphVersion>', also sent as the x-data-version header. */
  tag: Scalars['String']['output'];
};

/** A date as the document gives it: the first day of the period, its last day, and the precision. */
export type DateAsGiven = {
  __typename?: 'DateAsGiven';
  /** First day of the period (the day itself for DAY). */
  date: Scalars['Date']['output'];
  /** Last day of the period (the day itself for DAY). */
  end: Scalars['Date']['output'];
  precision: DatePrecision;
};

/** How precise a date is in its source: 'den 31 maj 2021' is DAY, 'i november 2021' MONTH, 'hösten 2020' SEASON (spring Mar–May, summer Jun–Aug, autumn Sep–Nov), '2022' YEAR. The register gives DAY or YEAR. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'SEASON'
  | 'YEAR';

export type Document = Node & {
  __typename?: 'Document';
  /** File name of the document's text in the project's seeds/documents/. */
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  published?: Maybe<Scalars['Date']['output']>;
  /** Who issued the document, where the document says so. */
  publisher?: Maybe<Agency>;
  sources: Array<Source>;
  /** Address of the document's text served by this API (GET /documents/:id: HTML, or plain text with Accept: text/plain). Null when the server holds no text for it. `url` is the document's public address where the text gives one. */
  textUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A priority area (prioriterat område) of a strategy, with its sub-goal (delmål). */
export type FocusArea = Node & {
  __typename?: 'FocusArea';
  assignments: Array<Assignment>;
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
  strategy: Strategy;
};

export type FundingFilter = {
  appropriationId?: InputMaybe<Scalars['ID']['input']>;
  assignmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only whole levels (LEVEL) or only additions on earlier levels (INCREASE). */
  basis?: InputMaybe<Array<AmountLevel>>;
  fromId?: InputMaybe<Scalars['ID']['input']>;
  qualifier?: InputMaybe<Array<AmountQualifier>>;
  /** Only flows whose recipient is of one of these kinds. */
  recipientKind?: InputMaybe<Array<AgencyKind>>;
  /** Stages to include. Default (the one stage rule of every funding field): ALLOCATED and PAID only, so that promises (PROPOSED, ESTIMATED) are never summed with decided money unless asked for. */
  stage?: InputMaybe<Array<FundingStage>>;
  /** Flows that finance this strategy, a strategy under it, or an assignment serving them. */
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  toId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Money moving from a payer (or an appropriation) to a recipient, for one budget year or (open-ended,
 * or as one sum) for a period: `year` is the first year, see `yearTo`, `openEnded` and `amountBasis`.
 */
export type FundingFlow = Node & {
  __typename?: 'FundingFlow';
  amountBasis: AmountBasis;
  /** Whole Swedish kronor; null when the qualifier is UNSPECIFIED. */
  amountSek?: Maybe<Scalars['Float']['output']>;
  appropriation?: Maybe<Appropriation>;
  assignment?: Maybe<Assignment>;
  /** LEVEL or INCREASE on an earlier level: an increase and a level that contains it are linked by `partOf`. */
  basis: AmountLevel;
  /** True when this flow and its siblings pass on more than their incoming flow, which a document states (see `exceedsSources`). */
  exceedsIncoming: Scalars['Boolean']['output'];
  exceedsSources: Array<Source>;
  /** The payer; null where the documents name only the appropriation or the government. */
  from?: Maybe<Agency>;
  /** The incoming flow(s) whose money this flow passes on, each with the passage that says so. */
  fundedBy: Array<FundingLink>;
  id: Scalars['ID']['output'];
  /** What the documents add about this flow. */
  note?: Maybe<Scalars['String']['output']>;
  /** True for 'per år från 2021' and similar: no end year is stated (none is invented). */
  openEnded: Scalars['Boolean']['output'];
  /** The agency that pays the money out, where it is not the payer (e.g. Kammarkollegiet). */
  paidVia?: Maybe<Agency>;
  /** The whole this amount is a part of (stated apart from it): listed, never summed with its whole. */
  partOf?: Maybe<FundingLink>;
  /** Parts of this amount that the documents state separately. */
  parts: Array<FundingLink>;
  /** The onward flows that pass this flow's money on. */
  passedOnAs: Array<FundingLink>;
  qualifier: AmountQualifier;
  /** True when the documents do not say who receives the money (`to` is then the actor 'Mottagare anges inte'). */
  recipientUnknown: Scalars['Boolean']['output'];
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
  stage: FundingStage;
  strategy?: Maybe<Strategy>;
  to: Agency;
  year: Scalars['Int']['output'];
  /** Last year the amount is for; equal to `year` for one year; null when open-ended. */
  yearTo?: Maybe<Scalars['Int']['output']>;
};

export type FundingFlowConnection = {
  __typename?: 'FundingFlowConnection';
  edges: Array<FundingFlowEdge>;
  /** Matching open-ended yearly flows: summed once per asked year (once in all when no end year is asked). */
  openEndedCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  /** Matching flows listed but not summed, because their money is already in the sum: they pass on a matching flow, or are a part of a matching whole. */
  repeatCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
  /** Sum of amountSek over every flow that matches the filter (all pages). Flows with an UNSPECIFIED amount are not summed; see `unspecifiedCount`. */
  totalSek: Scalars['Float']['output'];
  /** The same sum split by stage (only stages with matching flows). */
  totalsByStage: Array<StageTotal>;
  /** How many matching flows have no amount and were left out of `totalSek`. */
  unspecifiedCount: Scalars['Int']['output'];
};

export type FundingFlowEdge = {
  __typename?: 'FundingFlowEdge';
  cursor: Scalars['String']['output'];
  node: FundingFlow;
};

export type FundingFlowInput = {
  amountSek?: InputMaybe<Scalars['Float']['input']>;
  appropriationId?: InputMaybe<Scalars['ID']['input']>;
  assignmentId?: InputMaybe<Scalars['ID']['input']>;
  fromId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  paidViaId?: InputMaybe<Scalars['ID']['input']>;
  qualifier: AmountQualifier;
  sources: Array<SourceInput>;
  stage: FundingStage;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  toId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type FundingFlowPatch = {
  amountSek?: InputMaybe<Scalars['Float']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  qualifier?: InputMaybe<AmountQualifier>;
  sources: Array<SourceInput>;
  stage?: InputMaybe<FundingStage>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One group of a funding summary: the keys not asked for are null. */
export type FundingGroup = {
  __typename?: 'FundingGroup';
  appropriation?: Maybe<Appropriation>;
  basis?: Maybe<AmountLevel>;
  /** The group's sum split by qualifier, so exact and approximate money stay apart. */
  byQualifier: Array<QualifierTotal>;
  flowCount: Scalars['Int']['output'];
  /** Open-ended yearly flows in the group. */
  openEndedCount: Scalars['Int']['output'];
  payer?: Maybe<Agency>;
  qualifier?: Maybe<AmountQualifier>;
  recipient?: Maybe<Agency>;
  recipientKind?: Maybe<AgencyKind>;
  /** Flows in the group listed but not summed: their money is already in the result (passed on from, or part of, a matching flow). */
  repeatCount: Scalars['Int']['output'];
  stage?: Maybe<FundingStage>;
  strategy?: Maybe<Strategy>;
  /** Sum of the group's specified amounts, each krona once (see `repeatCount`). */
  totalSek: Scalars['Float']['output'];
  /** Flows in the group with no amount (not summed). */
  unspecifiedCount: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type FundingGroupKey =
  | 'APPROPRIATION'
  /** LEVEL or INCREASE: keeps whole levels apart from additions on earlier levels. */
  | 'BASIS'
  | 'PAYER'
  | 'QUALIFIER'
  | 'RECIPIENT'
  | 'RECIPIENT_KIND'
  | 'STAGE'
  | 'STRATEGY'
  | 'YEAR';

/** A documented link between two flows (money passed on, or a part and its whole), with the passages that state it. */
export type FundingLink = {
  __typename?: 'FundingLink';
  flow: FundingFlow;
  sources: Array<Source>;
};

/** One agency's money in one year, reconciled along the documented links. */
export type FundingReconciliation = {
  __typename?: 'FundingReconciliation';
  agency: Agency;
  /** True when it passes on no more than it receives, or the excess is one a document states. */
  balanced: Scalars['Boolean']['output'];
  /** True when it passes money on in some year (a distributing body). */
  distributes: Scalars['Boolean']['output'];
  /** For a distributing body: incoming flows with no onward flow in the documents. */
  incomingNotPassedOn: Array<FundingFlow>;
  /** receivedSek − passedOnSek: what it keeps or spends itself, as far as the documents say. */
  keptSek: Scalars['Float']['output'];
  /** Sum of the flows it pays that name no incoming flow (its own money, or a source the documents do not state), less passed-on money stated as a part of them. */
  ownPaymentsSek: Scalars['Float']['output'];
  paidOutVia: Array<FundingFlow>;
  /** Sum of flows paid out through it for another payer (e.g. Kammarkollegiet). */
  paidOutViaSek: Scalars['Float']['output'];
  passedOn: Array<FundingFlow>;
  /** Sum of its onward flows that pass received money on (they name an incoming flow). */
  passedOnSek: Scalars['Float']['output'];
  received: Array<FundingFlow>;
  /** Sum of the specified amounts it receives (a part whose whole it also receives is not summed again). */
  receivedSek: Scalars['Float']['output'];
  /** Onward flows with no known source flow. */
  unsourcedOutgoing: Array<FundingFlow>;
  /** Flows in or out with no amount (not summed). */
  unspecifiedCount: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** How far a flow has come: auditors keep promises apart from money spent. */
export type FundingStage =
  /** Allocated or decided (avsätts, får använda, fördelar, har beviljat). */
  | 'ALLOCATED'
  /** Estimated for a later year (beräknas). */
  | 'ESTIMATED'
  /** Paid out (betalas ut). */
  | 'PAID'
  /** Proposed in a budget bill (föreslår i budgetpropositionen). */
  | 'PROPOSED';

/** The root's flows and the money they pass on, following only documented links (`fundedBy`). */
export type FundingTrace = {
  __typename?: 'FundingTrace';
  /** Flows in order of depth, then year, then id. */
  flows: Array<FundingFlow>;
  /** True when some onward flows together exceed the flow they pass on (see the steps' `inconsistent`). */
  inconsistent: Scalars['Boolean']['output'];
  /** What the root's recipients pass on along links (depth 2), for reference; not part of totalSek. Per incoming flow it never exceeds what came in: an excess is left out and the trace is flagged `inconsistent`. */
  passedOnSek: Scalars['Float']['output'];
  root: Agency;
  /** The same flows with their depth (1 = paid by the root). */
  steps: Array<FundingTraceStep>;
  /** Sum of amountSek over the root's own outgoing flows; a part whose whole is also the root's is not summed again. */
  totalSek: Scalars['Float']['output'];
  /** How many of the root's own flows have no amount and were left out of `totalSek`. */
  unspecifiedCount: Scalars['Int']['output'];
};

export type FundingTraceStep = {
  __typename?: 'FundingTraceStep';
  depth: Scalars['Int']['output'];
  flow: FundingFlow;
  /** True when this flow and its siblings pass on more than the flow they come from. */
  inconsistent: Scalars['Boolean']['output'];
  /** Why the flow is in the trace: paid by the root, or the link(s) from the flow it passes on, with their sources. */
  reason: Scalars['String']['output'];
  /** The flow(s) at the previous depth whose money this step passes on, each with the passage that says so (empty at depth 1). */
  via: Array<FundingLink>;
};

/** A field an API edit owns on which the seed files now disagree. */
export type ImportConflict = {
  __typename?: 'ImportConflict';
  /** The edit's value (kept), as JSON. */
  editValue?: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  field: Scalars['String']['output'];
  /** The seed files' value, as JSON. */
  seedValue?: Maybe<Scalars['String']['output']>;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** The seeds' content hash. */
  checksum?: Maybe<Scalars['String']['output']>;
  /** Fields where the seed files now say something else than an API edit; the edit was kept. */
  conflicts: Array<ImportConflict>;
  /** Ids of edited entities that the seed files no longer contain; kept, now owned by the API. */
  keptDropped: Array<Scalars['ID']['output']>;
  /** Entities whose API edits were kept over the seeds. */
  keptEdits: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

/** One actor being part of, or one of the bodies of, another: Justitiedepartementet of Regeringskansliet, Folkhögskolorna of Folkbildningen, Kommunerna of Skolhuvudmännen. */
export type Membership = {
  __typename?: 'Membership';
  /** The other side: the group in `memberOf`, the member in `members`. */
  agency: Agency;
  /** Why they are related. */
  reason: Scalars['String']['output'];
  /** The passages naming them. */
  sources: Array<Source>;
};

/** How often agencies under two ministries take part in the same assignments (ASSIGNEE or COORDINATOR). */
export type MinistryCollaboration = {
  __typename?: 'MinistryCollaboration';
  /** Distinct agency pairs (one under each ministry) sharing one of those assignments. */
  agencyPairCount: Scalars['Int']['output'];
  /** Distinct assignments with a participating agency under each ministry. */
  assignmentCount: Scalars['Int']['output'];
  assignments: Array<Assignment>;
  ministryA: Agency;
  /** Same as ministryA for collaboration inside one ministry. */
  ministryB: Agency;
  /** The strategy counted for, when perStrategy was asked. */
  strategy?: Maybe<Strategy>;
};

/** Money received by agencies under one ministry (or none known: ministry null). */
export type MinistryFunding = {
  __typename?: 'MinistryFunding';
  flowCount: Scalars['Int']['output'];
  ministry?: Maybe<Agency>;
  /** Distinct recipients. */
  recipientCount: Scalars['Int']['output'];
  totalSek: Scalars['Float']['output'];
  /** Flows without an amount, not summed. */
  unspecifiedCount: Scalars['Int']['output'];
};

/** An agency answering to a ministry, as the register states it. */
export type MinistryLink = {
  __typename?: 'MinistryLink';
  /** For AT_CLOSURE the agency's end date; null for CURRENT (the date of the register copy; see README). */
  asOf?: Maybe<PartialDate>;
  holds: MinistryLinkTime;
  ministry: Agency;
  source: RegisterSource;
};

export type MinistryLinkTime =
  /** The last ministry the registers give for an agency that has closed: it held until `asOf`, the closing date. */
  | 'AT_CLOSURE'
  /** Today's ministry of an agency that exists, as of the register copy in the repository. */
  | 'CURRENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an agency (id from its name). Repeating the same create returns the same agency; a different agency under the same name is a CONFLICT. Role editor. */
  createAgency: Agency;
  /** Creates an assignment (id from its first diary number, else its title). Role editor. */
  createAssignment: Assignment;
  /** Creates a funding flow. `idempotencyKey` names the flow: the same key again returns the same flow. Role editor. */
  createFundingFlow: FundingFlow;
  createStrategy: Strategy;
  /** Re-imports the curated seed files in one transaction (all or nothing), keeping API edits over them and recording the import as a Change. Role admin. */
  importSeeds: ImportResult;
  /** Removes a participant's role; the sources say why. Role editor. */
  removeParticipant: Assignment;
  /** Soft-deletes any entity: it stays readable by id with retired = true and leaves lists. Role admin. */
  retire: Node;
  /** Adds (or re-sources) a participant with its role. Role editor. */
  setParticipant: Assignment;
  updateAgency: Agency;
  updateAssignment: Assignment;
  updateFundingFlow: FundingFlow;
  updateStrategy: Strategy;
};


export type MutationCreateAgencyArgs = {
  input: AgencyInput;
};


export type MutationCreateAssignmentArgs = {
  input: AssignmentInput;
};


export type MutationCreateFundingFlowArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: FundingFlowInput;
};


export type MutationCreateStrategyArgs = {
  input: StrategyInput;
};


export type MutationRemoveParticipantArgs = {
  input: ParticipantInput;
};


export type MutationRetireArgs = {
  id: Scalars['ID']['input'];
  sources: Array<SourceInput>;
};


export type MutationSetParticipantArgs = {
  input: ParticipantInput;
};


export type MutationUpdateAgencyArgs = {
  id: Scalars['ID']['input'];
  patch: AgencyPatch;
};


export type MutationUpdateAssignmentArgs = {
  id: Scalars['ID']['input'];
  patch: AssignmentPatch;
};


export type MutationUpdateFundingFlowArgs = {
  id: Scalars['ID']['input'];
  patch: FundingFlowPatch;
};


export type MutationUpdateStrategyArgs = {
  id: Scalars['ID']['input'];
  patch: StrategyPatch;
};

/** A document not yet in the graph. Give its full text to have every quote of it checked (then its sources are verified); without it the quotes are taken as given and served with verified: false. */
export type NewDocumentInput = {
  published?: InputMaybe<Scalars['Date']['input']>;
  /** The document's full text (plain text). Stored; this quote and every later quote of the document must stand verbatim in it (whitespace and line-break hyphens folded). */
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** http(s), without user name or password. */
  url: Scalars['String']['input'];
};

/** Anything with a stable, opaque, globally unique id. `node(id)` fetches any of them. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A date as the register gives it: to the day, or only the year (DatePrecision DAY or YEAR). */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** The day, only when the precision is DAY. */
  date?: Maybe<Scalars['Date']['output']>;
  precision: DatePrecision;
  /** As the register writes it: 'YYYY' or 'YYYY-MM-DD'. */
  text: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ParticipantInput = {
  agencyId: Scalars['ID']['input'];
  assignmentId: Scalars['ID']['input'];
  role: AssignmentRole;
  sources: Array<SourceInput>;
};

/** Another assignment record that the documents suggest, without making it clear, is the same one. */
export type PossibleDuplicate = {
  __typename?: 'PossibleDuplicate';
  assignment: Assignment;
  /** Why they may be the same, and why they were not merged. */
  reason: Scalars['String']['output'];
  /** The passages that suggest it. */
  sources: Array<Source>;
};

export type QualifierTotal = {
  __typename?: 'QualifierTotal';
  flowCount: Scalars['Int']['output'];
  qualifier: AmountQualifier;
  totalSek: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Agencies ordered by name (case- and diacritic-folded), then id. `first` defaults to 20, at most 100. */
  agencies: AgencyConnection;
  agency?: Maybe<Agency>;
  appropriation?: Maybe<Appropriation>;
  assignment?: Maybe<Assignment>;
  /** Assignments ordered by title (case- and diacritic-folded), then id. `first` defaults to 20, at most 100. */
  assignments: AssignmentConnection;
  /** Every participation in an assignment decided on or after the agency closed, by agency name then assignment. */
  assignmentsAfterClosure: Array<ClosedParticipation>;
  /** The audit trail of edits, newest first; `since` is an ISO date or date-time. `first` defaults to 20, at most 100. Role editor or admin (UNAUTHENTICATED without a key, FORBIDDEN for readers). */
  changes: ChangeConnection;
  /** A shortest chain of shared assignments (ASSIGNEE/COORDINATOR) from one agency to another; null when there is none within maxHops. When several are equally short, the first in order of the ids along the chain, so the answer is the same every time. `maxHops` defaults to 4, at most 6. `strategyId` keeps only assignments under that strategy; `includeConsulted` also lets CONSULTED participants form links. Group actors (`isGroup`, e.g. 'Kommunerna') are not links of a chain unless `includeGroups`: two agencies that each work with the municipalities have not worked together. An unknown fromId, toId or strategyId is NOT_FOUND; null means no chain. */
  collaborationPath?: Maybe<CollaborationPath>;
  /** Every shortest chain (up to `first`, default 10, at most 50), with the same arguments as collaborationPath. */
  collaborationPaths: Array<CollaborationPath>;
  /** The seeds, import and edit state the graph is in right now. */
  dataVersion: DataVersion;
  /** The source documents the graph is built from. */
  documents: Array<Document>;
  /** Flows ordered by year, then id. `first` defaults to 20, at most 100. `totalSek` counts each krona once (see `repeatCount`). */
  fundingFlows: FundingFlowConnection;
  /** Per agency (or only `agencyId`) for one year: received, passed on, kept, and the loose ends. `stage` defaults to ALLOCATED and PAID. */
  fundingReconciliation: Array<FundingReconciliation>;
  /** Sums grouped by the keys asked for, each krona once. The flows are those of `filter` (default stages ALLOCATED and PAID, as everywhere). Grouped by YEAR, an open-ended yearly flow appears in every asked year from its start (once when no end year is asked). A flow's STRATEGY is the strategy it finances, else the first (by id) strategy its assignment serves. */
  fundingSummary: Array<FundingGroup>;
  /** Follows money downstream from `fromId` along documented links only (a flow's `passedOnAs`), never by a coincidence of year and recipient. `year` keeps the flows covering that year. `maxDepth` defaults to 3, at most 6. `stage` defaults to ALLOCATED and PAID. */
  fundingTrace: FundingTrace;
  /** Pairs of ministries whose agencies share assignments, most shared first. `strategyId` keeps assignments under that strategy; `perStrategy` counts per strategy the assignment serves (with `strategyId`, per strategy under it). */
  ministryCollaboration: Array<MinistryCollaboration>;
  /** Funding flows summed by the register ministry of the recipient. `stage` defaults to ALLOCATED and PAID, as fundingFlows. */
  ministryFunding: Array<MinistryFunding>;
  /** Any entity by id (ids carry their kind: 'agency:…', 'assignment:…', 'strategy:…', 'focus-area:…', 'flow:…', 'appropriation:…', 'document:…'). Null for an unknown id. */
  node?: Maybe<Node>;
  /** Full-text search over agencies, assignments, strategies and focus areas; best match first. An exact name or abbreviation match ranks first. Swedish stemming; Lucene syntax in the query is treated as plain text. `first` defaults to 10, at most 50. */
  search: Array<SearchHit>;
  /** Strategies ordered by name, then id. */
  strategies: Array<Strategy>;
  strategy?: Maybe<Strategy>;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppropriationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCollaborationPathArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  fromId: Scalars['ID']['input'];
  includeConsulted?: InputMaybe<Scalars['Boolean']['input']>;
  includeGroups?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryCollaborationPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  includeConsulted?: InputMaybe<Scalars['Boolean']['input']>;
  includeGroups?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryFundingFlowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundingReconciliationArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Array<FundingStage>>;
  year: Scalars['Int']['input'];
};


export type QueryFundingSummaryArgs = {
  filter?: InputMaybe<FundingFilter>;
  groupBy: Array<FundingGroupKey>;
};


export type QueryFundingTraceArgs = {
  fromId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<Array<FundingStage>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMinistryCollaborationArgs = {
  perStrategy?: InputMaybe<Scalars['Boolean']['input']>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMinistryFundingArgs = {
  stage?: InputMaybe<Array<FundingStage>>;
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


export type QueryStrategiesArgs = {
  kind?: InputMaybe<StrategyKind>;
};


export type QueryStrategyArgs = {
  id: Scalars['ID']['input'];
};

/** A public page that states a fact the register does not carry (used for ministry reorganisations). */
export type ReferenceSource = {
  __typename?: 'ReferenceSource';
  /** The passage of the page that states the fact, as published there. */
  excerpt: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** The register record behind an agency and what else it says. */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  /** Headcount from ESV, for `employeesYear`. */
  employees?: Maybe<Scalars['Int']['output']>;
  employeesYear?: Maybe<Scalars['Int']['output']>;
  /** SFS number of the ordinance that ended the agency. */
  expiredBySfs?: Maybe<Scalars['String']['output']>;
  /** SCB's group, e.g. 'Statliga förvaltningsmyndigheter'. */
  group?: Maybe<Scalars['String']['output']>;
  /** SFS number of the current instruction. */
  instructionSfs?: Maybe<Scalars['String']['output']>;
  /** How a document's actor was matched to this record; null for an agency the graph has only from the register. */
  matchedBy?: Maybe<RegisterMatchMethod>;
  /** The ministry as the register writes it, also when it is not a ministry (e.g. 'Riksdagen och dess verk m.m.', which gets no ministry link). */
  ministryText?: Maybe<Scalars['String']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  otherNames: Array<Scalars['String']['output']>;
  /** The short form one register uses; sometimes an abbreviation, sometimes a register code (e.g. 'POLM'). */
  shortCode?: Maybe<Scalars['String']['output']>;
  source: RegisterSource;
};

/** How a document's actor was found in the register: an exact match after folding case, diacritics and spacing, on the first of these keys that finds anything. */
export type RegisterMatchMethod =
  /** The actor's abbreviation is the record's name or one of its other names (e.g. 'Skolverket'). */
  | 'ABBREVIATION'
  /** The actor's English name is the record's English name. */
  | 'ENGLISH_NAME'
  /** A ministry whose name is a ministry the register places agencies under. */
  | 'MINISTRY_NAME'
  /** The actor's name is the record's name. */
  | 'NAME'
  /** The actor's name is one of the record's other or former names. */
  | 'OTHER_NAME'
  /** The actor's abbreviation is the record's short code, letter for letter. */
  | 'SHORT_CODE';

/** Where a register fact comes from: the project's copy of the register and the record in it (cite as such, not as a document). */
export type RegisterSource = {
  __typename?: 'RegisterSource';
  /** The file in the repository: 'seeds/reference/swedish-agencies.jsonl'. */
  file: Scalars['String']['output'];
  /** The record's key: its official name in the register. */
  record: Scalars['String']['output'];
  /** Which of the merged registers list the record: scb (SCB), esv (ESV), stkt (Statskontoret), sfs (SFS), wd (Wikidata). */
  registers: Array<Scalars['String']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
  /** A short passage showing why it matched, with the matching words in [brackets]. */
  snippet?: Maybe<Scalars['String']['output']>;
};

export type SearchKind =
  | 'AGENCY'
  | 'ASSIGNMENT'
  | 'FOCUS_AREA'
  | 'STRATEGY';

/** Where a fact comes from: a document and a verbatim passage of it that states the fact. */
export type Source = {
  __typename?: 'Source';
  document: Document;
  /** Verbatim excerpt of the document (whitespace may be folded) that states the fact. */
  quote: Scalars['String']['output'];
  /** Address of the document's text with this passage highlighted and scrolled to (GET /documents/:id?quote=…#passage; public, no API key needed). Null for a document whose text the server does not hold. */
  url?: Maybe<Scalars['String']['output']>;
  /** True when the quote has been checked to stand in the document's text: always for the seed documents (their texts are in the repository), and for documents added through the API with their full text. False for a document added with only a title and URL: its quotes are as the editor typed them. */
  verified: Scalars['Boolean']['output'];
};

/** A source given with an edit: an existing document and a verbatim quote of it, or a new document (with its URL) that the quote comes from. */
export type SourceInput = {
  /** An existing Document's id. For the seed documents the quote must stand verbatim in the text (whitespace and line-break hyphens folded). */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  newDocument?: InputMaybe<NewDocumentInput>;
  quote: Scalars['String']['input'];
};

export type StageTotal = {
  __typename?: 'StageTotal';
  flowCount: Scalars['Int']['output'];
  stage: FundingStage;
  totalSek: Scalars['Float']['output'];
  unspecifiedCount: Scalars['Int']['output'];
};

export type Strategy = Node & {
  __typename?: 'Strategy';
  /** Every agency that takes part (any role) in an assignment under this strategy or its children. */
  agencies: Array<Agency>;
  /** Assignments serving this strategy, one of its focus areas or (unless `includeChildren` is false) a strategy under it; ordered by title, then id. */
  assignments: AssignmentConnection;
  children: Array<Strategy>;
  diaryNumber?: Maybe<Scalars['String']['output']>;
  focusAreas: Array<FocusArea>;
  /** Flows that finance this strategy directly or through its assignments. ALLOCATED and PAID unless `stage` is given (the one stage rule). */
  funding: Array<FundingFlow>;
  id: Scalars['ID']['output'];
  kind: StrategyKind;
  name: Scalars['String']['output'];
  owner?: Maybe<Agency>;
  /** The strategy this one is part of, e.g. an action programme under a national strategy. */
  parent?: Maybe<Strategy>;
  periodEnd?: Maybe<Scalars['Int']['output']>;
  /** First and last year the strategy covers, e.g. 2018 and 2028. */
  periodStart?: Maybe<Scalars['Int']['output']>;
  /** True once retired (soft-deleted): still readable by id, left out of lists. */
  retired: Scalars['Boolean']['output'];
  sources: Array<Source>;
};


export type StrategyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeChildren?: InputMaybe<Scalars['Boolean']['input']>;
};


export type StrategyFundingArgs = {
  stage?: InputMaybe<Array<FundingStage>>;
};

export type StrategyInput = {
  diaryNumber?: InputMaybe<Scalars['String']['input']>;
  kind: StrategyKind;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['Int']['input']>;
  periodStart?: InputMaybe<Scalars['Int']['input']>;
  sources: Array<SourceInput>;
};

export type StrategyKind =
  /** An action plan or action programme (handlingsplan, åtgärdsprogram) under a strategy. */
  | 'ACTION_PLAN'
  /** A time-boxed funding initiative (satsning). */
  | 'INITIATIVE'
  /** A national programme, e.g. 'Tillsammans mot brott'. */
  | 'PROGRAMME'
  /** A long-term national strategy, e.g. the strategy to reduce and counteract segregation 2018–2028. */
  | 'STRATEGY';

export type StrategyPatch = {
  diaryNumber?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StrategyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['Int']['input']>;
  periodStart?: InputMaybe<Scalars['Int']['input']>;
  sources: Array<SourceInput>;
};

/** One body taking over another's task or money, with the date where the documents give it. */
export type Succession = {
  __typename?: 'Succession';
  basis: SuccessionBasis;
  date?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  predecessor: Agency;
  referenceSource?: Maybe<ReferenceSource>;
  registerSource?: Maybe<RegisterSource>;
  sources: Array<Source>;
  successor: Agency;
};

export type SuccessionBasis =
  /** Stated by a seed document (the succession's `sources`). */
  | 'DOCUMENT'
  /** A public page about a ministry reorganisation (see `referenceSource`). */
  | 'REFERENCE'
  /** The register's replaces / replacedBy (see `registerSource`). */
  | 'REGISTER';

export type StrategyAgenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StrategyAgenciesQuery = { __typename?: 'Query', strategy?: { __typename?: 'Strategy', name: string, periodStart?: number | null, assignments: { __typename?: 'AssignmentConnection', totalCount: number, edges: Array<{ __typename?: 'AssignmentEdge', node: { __typename?: 'Assignment', title: string, reportDue?: string | null, participants: Array<{ __typename?: 'AssignmentParticipant', role: AssignmentRole, agency: { __typename?: 'Agency', name: string } }> } }> } } | null };


export const StrategyAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrategyAgenciesQuery, StrategyAgenciesQueryVariables>;