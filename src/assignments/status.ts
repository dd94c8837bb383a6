// Status on a date, from the dates the documents give (each a span: first and last day):
//   NOT_STARTED  before the decision, or where the text says it has not been given yet
//                ("avser att ge … i uppdrag") and no later decision is known;
//   REPORTED     on or after the final report was delivered ("redovisades den 31 maj 2021");
//   ONGOING      up to and including the last day of the report deadline (a month-only deadline
//                runs to the month's end), or between a known decision and a known report;
//   DUE_PASSED   after the deadline, with no report recorded;
//   UNKNOWN      the documents give nothing to tell.
// ISO strings compare as dates. cypher/assignments/list.cypher mirrors this for the status filter.
export type AssignmentStatus = 'NOT_STARTED' | 'ONGOING' | 'REPORTED' | 'DUE_PASSED' | 'UNKNOWN';

export interface StatusDates {
  decided?: string | null;
  reportDue?: string | null;
  reportDueEnd?: string | null;
  reported?: string | null;
  reportedEnd?: string | null;
  planned?: boolean | null;
}

export function assignmentStatus(a: StatusDates, asOf: string): AssignmentStatus {
  if (a.decided && asOf < a.decided) return 'NOT_STARTED';
  if (a.planned && !a.decided) return 'NOT_STARTED';
  const reportedEnd = a.reportedEnd ?? a.reported;
  if (reportedEnd && asOf >= reportedEnd) return 'REPORTED';
  const dueEnd = a.reportDueEnd ?? a.reportDue;
  if (dueEnd) return asOf <= dueEnd ? 'ONGOING' : 'DUE_PASSED';
  if (reportedEnd && a.decided) return 'ONGOING';
  return 'UNKNOWN';
}
