// An assignment is ONGOING until (and on) its final report date, DUE_PASSED after it, and UNKNOWN
// when the documents give no date. Dates are ISO strings, so string order is date order.
export type AssignmentStatus = 'ONGOING' | 'DUE_PASSED' | 'UNKNOWN';

export function assignmentStatus(reportDue: string | null | undefined, asOf: string): AssignmentStatus {
  if (!reportDue) return 'UNKNOWN';
  return reportDue >= asOf ? 'ONGOING' : 'DUE_PASSED';
}
