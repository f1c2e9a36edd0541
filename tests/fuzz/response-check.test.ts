// The response checker fails a test on a leak or a shape the contract does not allow (fabricated answers).
import { checkResponse, ResponseCheckError } from '../support/response-check'

const at = '2026-01-05T08:00:00.000Z'
const summary = (overrides: Record<string, unknown> = {}) => ({
  id: 'r1',
  gridId: 'grid-1',
  category: 'repair',
  status: 'open',
  urgency: 'normal',
  buildingId: 'bldg-01',
  buildingName: '益民巷1号楼',
  excerpt: '楼道灯坏了，电话＊＊',
  photoCount: 0,
  createdAt: at,
  dueAt: at,
  overdue: false,
  ...overrides,
})
const detail = (overrides: Record<string, unknown> = {}) => ({
  ...summary(),
  gridName: '益民巷网格',
  description: '楼道灯坏了，电话＊＊',
  photos: [],
  handlingMode: 'sameDay',
  suggestedTeamKinds: ['skills'],
  hideName: false,
  masked: true,
  channel: 'miniProgram',
  reporter: null,
  handler: { kind: 'member', id: 'person-demo-member', name: '黄建国', badges: [] },
  rating: null,
  followUp: null,
  hotline: null,
  duplicateOf: null,
  escalationLevel: 0,
  followerCount: 0,
  following: false,
  actions: [],
  timeline: [{ type: 'reported', at }],
  ...overrides,
})
const listMine = (items: unknown[]) => () =>
  checkResponse(
    { fn: 'requests', action: 'listMine', openid: 'demo-resident' },
    { ok: true, data: { items, nextCursor: null } },
  )
const get =
  (data: unknown, openid = 'demo-member-2') =>
  () =>
    checkResponse({ fn: 'requests', action: 'get', openid }, { ok: true, data })

describe('checkResponse', () => {
  it('passes a clean list, a masked detail naming only its handler, and an error', () => {
    expect(listMine([summary()])).not.toThrow()
    expect(get(detail())).not.toThrow()
    expect(() =>
      checkResponse(
        { fn: 'requests', action: 'claim', openid: 'demo-member' },
        { ok: false, error: { code: 'REQUEST.ALREADY_TAKEN', message: 'taken' } },
      ),
    ).not.toThrow()
  })

  it('catches a seeded phone in a list excerpt, naming the call and the place', () => {
    // GIVEN a list whose second excerpt carries a seeded resident's phone
    const leaky = listMine([summary(), summary({ excerpt: '楼道灯坏了，电话13800000001' })])
    // THEN the checker throws, naming the call, the kind of leak, and where it is
    expect(leaky).toThrow(ResponseCheckError)
    expect(leaky).toThrow(
      'requests.listMine as demo-resident leaks a seeded phone "13800000001" at .items[1].excerpt',
    )
  })

  it('catches a typed phone, a full-width phone, an ID number, a room and a name in a list', () => {
    expect(listMine([summary({ excerpt: '打13912345678' })])).toThrow('leaks a mobile number')
    expect(listMine([summary({ excerpt: '打１３９１２３４５６７８' })])).toThrow('mobile number')
    expect(listMine([summary({ excerpt: '身份证14220219800101123X' })])).toThrow('an ID number')
    expect(listMine([summary({ excerpt: '住3单元302' })])).toThrow('a room number')
    expect(listMine([summary({ excerpt: '在1单元101门口' })])).toThrow('seeded room "1单元101"')
    expect(listMine([summary({ excerpt: '王秀兰家漏水' })])).toThrow('seeded name "王秀兰"')
  })

  it('catches a masked detail with its reporter, or a hidden name or phone in its text', () => {
    const reporter = { name: '王秀兰', phone: '13800000000', room: '1单元101' }
    expect(get(detail({ reporter }))).toThrow('is masked but names its reporter')
    expect(get(detail({ timeline: [{ type: 'progress', at, note: '已联系王秀兰' }] }))).toThrow(
      'seeded name "王秀兰" at .timeline[0].note',
    )
    expect(get(detail({ description: '电话 13800000000' }))).toThrow('seeded phone')
    expect(get(detail({ description: '住3单元\u00a0302' }))).toThrow('a room number')
    // The handler's name is public (亮身份): a claim note may carry it.
    expect(get(detail({ timeline: [{ type: 'claimed', at, note: '黄建国' }] }))).not.toThrow()
    // The rating's comment, the 回访 and the 12345 outcome are left out, timeline included.
    const confirmed = { type: 'confirmed', at, note: '1 星：态度差' }
    expect(get(detail({ timeline: [confirmed] }))).toThrow(
      'is masked but shows the confirmed note at .timeline[0].note',
    )
    expect(get(detail({ masked: false, reporter: null, timeline: [confirmed] }))).not.toThrow()
    // A full view may carry the reporter: the reporter, handler, grid leader and staff see it.
    expect(get(detail({ masked: false, reporter }), 'demo-grid-leader')).not.toThrow()
  })

  it('catches an answer off its output schema, an extra key, and a malformed error', () => {
    expect(listMine([summary({ createdAt: 'yesterday' })])).toThrow('output schema')
    expect(listMine([summary({ reporterOpenid: 'demo-resident' })])).toThrow('output schema')
    const call = { fn: 'requests', action: 'get', openid: 'demo-resident' }
    expect(() => checkResponse(call, { ok: false, error: { code: 'X' } })).toThrow('malformed')
    expect(() => checkResponse(call, { ok: false, error: { code: 'OOPS', message: 'm' } })).toThrow(
      'unknown error code',
    )
    expect(() => checkResponse(call, 'hello')).toThrow('no envelope')
    expect(() => checkResponse({ ...call, action: 'dropTables' }, { ok: true, data: {} })).toThrow(
      'no such action',
    )
  })

  it('catches org.me describing someone other than the caller', () => {
    const me = {
      personId: 'person-demo-resident-2',
      name: '孙国华',
      verified: true,
      communityId: 'chengxi',
      roles: [],
      household: { id: 'hh-03-2', room: '1单元102' },
      building: null,
      grid: null,
      boardGrids: [],
      categories: [],
    }
    const call = { fn: 'org', action: 'me' }
    expect(() =>
      checkResponse({ ...call, openid: 'demo-resident-2' }, { ok: true, data: me }),
    ).not.toThrow()
    expect(() =>
      checkResponse({ ...call, openid: 'demo-resident' }, { ok: true, data: me }),
    ).toThrow('not the caller')
  })
})
