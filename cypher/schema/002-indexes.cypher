// Lookups the contract's filters and orderings need.
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX agency_sort IF NOT EXISTS FOR (n:Agency) ON (n.sortName, n.id);
CREATE INDEX assignment_sort IF NOT EXISTS FOR (n:Assignment) ON (n.sortTitle, n.id);
CREATE INDEX assignment_report_due IF NOT EXISTS FOR (n:Assignment) ON (n.reportDue);
CREATE INDEX assignment_diary IF NOT EXISTS FOR (n:Assignment) ON (n.diaryNumbersFolded);
CREATE INDEX strategy_kind IF NOT EXISTS FOR (n:Strategy) ON (n.kind);
CREATE INDEX funding_flow_year IF NOT EXISTS FOR (n:FundingFlow) ON (n.year, n.id);
CREATE INDEX funding_flow_stage IF NOT EXISTS FOR (n:FundingFlow) ON (n.stage);
CREATE INDEX participates_role IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.role);
