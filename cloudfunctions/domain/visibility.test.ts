import type { Role } from '@linli/types'
import { boardGridIds, gridBoardView, requestVisibility, type Viewer } from './visibility'

const request = (overrides: Partial<Parameters<typeof requestVisibility>[0]> = {}) => ({
  communityId: 'c1',
  gridId: 'g1',
  reporterOpenid: 'reporter',
  sensitive: false,
  ...overrides,
})
const viewer = (roles: Role[], overrides: Partial<Viewer> = {}): Viewer => ({
  openid: 'someone',
  communityId: 'c1',
  roles,
  ...overrides,
})

describe('requestVisibility', () => {
  it('shows the reporter everything', () => {
    expect(requestVisibility(request(), viewer([], { openid: 'reporter' }))).toBe('full')
  })
  it('shows the grid leader and staff everything', () => {
    expect(requestVisibility(request(), viewer([{ role: 'gridLeader', gridId: 'g1' }]))).toBe(
      'full',
    )
    expect(requestVisibility(request(), viewer([{ role: 'staff' }]))).toBe('full')
  })
  it('masks it for a member posted in the grid', () => {
    expect(requestVisibility(request(), viewer([{ role: 'member', gridId: 'g1' }]))).toBe('masked')
  })
  it('hides sensitive categories from members', () => {
    const sensitive = request({ sensitive: true })
    expect(requestVisibility(sensitive, viewer([{ role: 'member', gridId: 'g1' }]))).toBe('none')
  })
  it('hides it from residents, other grids and other communities', () => {
    expect(requestVisibility(request(), viewer([{ role: 'resident', householdId: 'h' }]))).toBe(
      'none',
    )
    expect(requestVisibility(request(), viewer([{ role: 'gridLeader', gridId: 'g2' }]))).toBe(
      'none',
    )
    expect(requestVisibility(request(), viewer([{ role: 'staff' }], { communityId: 'c2' }))).toBe(
      'none',
    )
  })
})

describe('grid boards', () => {
  it('opens a grid as leader, member or not at all', () => {
    const roles: Role[] = [
      { role: 'member', gridId: 'g1' },
      { role: 'gridLeader', gridId: 'g2' },
    ]
    expect(gridBoardView(roles, 'g1')).toBe('member')
    expect(gridBoardView(roles, 'g2')).toBe('leader')
    expect(gridBoardView(roles, 'g3')).toBeNull()
    expect(gridBoardView([{ role: 'staff' }], 'g3')).toBe('leader')
  })
  it('lists each grid a caller serves once', () => {
    const roles: Role[] = [
      { role: 'member', gridId: 'g1' },
      { role: 'gridLeader', gridId: 'g1' },
      { role: 'member', gridId: null },
      { role: 'resident', householdId: 'h' },
    ]
    expect(boardGridIds(roles)).toEqual(['g1'])
  })
})
