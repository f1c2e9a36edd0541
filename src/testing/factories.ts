// Test data factories with overrides: only what a test is about appears in the test.
import { REQUEST_CATEGORIES } from '@linli/types'
import type { Me, Page, RequestDetail, RequestSummary } from '@linli/types'

let sequence = 0
const nextId = (prefix: string): string => `${prefix}-${++sequence}`

export const makeMe = (overrides: Partial<Me> = {}): Me => ({
  personId: 'person-resident-1',
  name: '王秀兰',
  verified: true,
  communityId: 'chengxi',
  roles: [{ role: 'resident', householdId: 'household-1' }],
  household: { id: 'household-1', room: '2单元301' },
  building: { id: 'building-3', name: '3号楼' },
  grid: { id: 'grid-1', name: '第一网格' },
  boardGrids: [],
  categories: REQUEST_CATEGORIES.map(({ id, name, sensitive }) => ({ id, name, sensitive })),
  ...overrides,
})

export const makeSummary = (overrides: Partial<RequestSummary> = {}): RequestSummary => ({
  id: nextId('request'),
  gridId: 'grid-1',
  category: 'repair',
  status: 'open',
  urgency: 'normal',
  buildingId: 'building-3',
  buildingName: '3号楼',
  excerpt: '楼道灯坏了，晚上看不见路',
  photoCount: 0,
  createdAt: '2026-03-02T08:30:00.000Z',
  dueAt: '2026-03-02T15:59:59.000Z',
  overdue: false,
  ...overrides,
})

export const makeDetail = (overrides: Partial<RequestDetail> = {}): RequestDetail => ({
  ...makeSummary(),
  gridName: '第一网格',
  description: '3号楼2单元楼道灯坏了，晚上看不见路',
  photos: [],
  handlingMode: 'sameDay',
  suggestedTeamKinds: ['skills'],
  hideName: false,
  masked: false,
  channel: 'miniProgram',
  reporter: null,
  handler: null,
  rating: null,
  followUp: null,
  hotline: null,
  duplicateOf: null,
  escalationLevel: 0,
  followerCount: 0,
  following: false,
  actions: [],
  timeline: [{ type: 'reported', at: '2026-03-02T08:30:00.000Z' }],
  ...overrides,
})

export const makePage = <T>(items: T[], nextCursor: string | null = null): Page<T> => ({
  items,
  nextCursor,
})
