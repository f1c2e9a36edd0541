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
} as const
