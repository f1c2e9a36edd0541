// Collection names, listed once; cloudfunctions/indexes.json declares each with its indexes.
export const COLLECTIONS = {
  communities: 'communities',
  units: 'units',
  grids: 'grids',
  buildings: 'buildings',
  households: 'households',
  teams: 'teams',
  persons: 'persons',
  requests: 'requests',
  requestEvents: 'requestEvents',
  quotas: 'quotas',
  limitHits: 'limitHits',
  // Issue 8: members and evaluations.
  pledges: 'pledges',
  checkIns: 'checkIns',
  serviceRecords: 'serviceRecords',
  pointsRules: 'pointsRules',
  evaluationRounds: 'evaluationRounds',
  evaluations: 'evaluations',
  appeals: 'appeals',
} as const
