// The README's example queries. test/int/readme.int.test.ts runs each against the seeded graph
// and checks that the answer printed in the README is the real one (UPDATE_README=1 rewrites them).
export const EXAMPLES: Record<string, string> = {
  collaborators: `{
  agency(id: "agency:kriminalvarden") {
    name
    collaborators(first: 3) {
      strength
      agency { name }
      assignments { title diaryNumber }
    }
  }
}`,
  path: `{
  collaborationPath(fromId: "agency:kriminalvarden", toId: "agency:statistiska-centralbyran") {
    hops
    steps { from { name } fromRole via { title diaryNumber } to { name } toRole }
  }
}`,
  search: `{
  search(query: "Brå", first: 3) {
    score
    snippet
    node { id ... on Agency { name } ... on Assignment { title } }
  }
}`,
  precision: `{
  dir: assignment(id: "assignment:dir-2020-53") {
    reportDue
    reportDuePrecision
    reportDueAsGiven { date end precision }
    lastDay: status(asOf: "2021-11-30")
    dayAfter: status(asOf: "2021-12-01")
  }
  avhoppare: assignment(id: "assignment:ju2019-02027") {
    decidedAsGiven { date end precision }
    before: status(asOf: "2019-11-30")
    possiblySameAs { assignment { id } }
  }
  reported: assignment(id: "assignment:oppna-insatser-utan-samtycke") {
    reported { date precision }
    status(asOf: "2021-06-01")
  }
}`,
  searchPrefix: `{
  search(query: "polis", first: 3) {
    node { id ... on Agency { name } ... on Assignment { title } ... on Strategy { name } }
  }
}`,
  provenance: `{
  assignment(id: "assignment:samverkan-mans-vald-mot-kvinnor-2024") {
    title
    reportDue
    status(asOf: "2026-01-01")
    issuedBy { name }
    participants(role: COORDINATOR) {
      agency { name }
      sources { quote document { title } }
    }
    funding { amountSek qualifier stage year to { name } appropriation { code } paidVia { name } }
  }
}`,
  funding: `{
  decided: fundingFlows(filter: { toId: "agency:delegationen-mot-segregation" }) {
    totalCount totalSek unspecifiedCount
  }
  all: fundingFlows(filter: { toId: "agency:delegationen-mot-segregation", stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID] }, first: 2) {
    totalCount totalSek
    totalsByStage { stage totalSek flowCount }
    edges { node { year amountSek qualifier stage sources { quote } } }
  }
}`,
  trace: `{
  fundingTrace(fromId: "agency:regeringen", year: 2023, maxDepth: 2) {
    totalSek passedOnSek inconsistent
    steps { depth reason flow { id amountSek } }
  }
}`,
  moneyTrail: `{
  grant: node(id: "flow:sociala-insatser-i-utsatta-omraden-socialstyrelsen-2022") {
    ... on FundingFlow {
      amountSek qualifier stage year from { name } to { name }
      sources { quote document { title } }
      passedOnAs { flow { amountSek stage to { name } } sources { quote } }
    }
  }
  fundingReconciliation(year: 2022, agencyId: "agency:socialstyrelsen") {
    receivedSek passedOnSek keptSek balanced
    passedOn { amountSek to { name } recipientUnknown }
    incomingNotPassedOn { id }
  }
}`,
  pagination: `{
  agencies(filter: { kind: [MINISTRY] }, first: 2) {
    totalCount
    edges { cursor node { name abbreviation } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  register: `{
  agency(id: "agency:statens-skolverk") {
    name
    orgNr
    wikidataId
    governance
    established { text precision }
    ministry { name }
    ministryLink { holds source { file record registers } }
    register { matchedBy otherNames }
  }
}`,
  lifecycle: `{
  agency(id: "agency:delegationen-mot-segregation") {
    name
    orgNr
    closed { text precision }
    existedOn(date: "2023-06-01")
    ministryLink { holds asOf { text } ministry { name } }
  }
  naringsdepartementet: agency(id: "agency:naringsdepartementet") {
    succeededBy { basis date successor { name } referenceSource { url } }
  }
}`,
  ministries: `{
  ministryCollaboration(strategyId: "strategy:segregation-2018-2028") {
    ministryA { name } ministryB { name } assignmentCount agencyPairCount
  }
  ministryFunding { ministry { name } totalSek flowCount unspecifiedCount }
  idle: agencies(filter: { ministryId: "agency:justitiedepartementet", hasAssignment: false }, first: 3) {
    totalCount
    edges { node { name orgNr } }
  }
}`,
};
