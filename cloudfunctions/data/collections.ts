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
  notices: 'notices',
  noticeReceipts: 'noticeReceipts',
  noticeVisits: 'noticeVisits',
  deliveries: 'deliveries',
  subscriptions: 'subscriptions',
  moderation: 'moderation',
  mediaChecks: 'mediaChecks',
  // Issue 8: members and evaluations.
  pledges: 'pledges',
  checkIns: 'checkIns',
  serviceRecords: 'serviceRecords',
  pointsRules: 'pointsRules',
  evaluationRounds: 'evaluationRounds',
  evaluations: 'evaluations',
  appeals: 'appeals',
  // Issue 11: offerings (供给) and activities.
  offerings: 'offerings',
  offeringSlots: 'offeringSlots',
  bookings: 'bookings',
  activities: 'activities',
  signUps: 'signUps',
  // Issue 11 §4: the community's rules as data, and who changed them.
  rules: 'rules',
  ruleChanges: 'ruleChanges',
  // Issue 11 §3: deliberation meetings (议事会).
  meetings: 'meetings',
  // Issue 11 §4: households' rosters from the import, and verification into a household.
  residents: 'residents',
  joinRequests: 'joinRequests',
  inviteCodes: 'inviteCodes',
} as const
