// 首页: the caller's name, grid and building, the entries of their roles, the unverified notice.
import { render, screen } from '@testing-library/react'
import type { Role } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { makeMe } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { HomeView } from './home-view'

const renderHomeFor = async (me: ReturnType<typeof makeMe>) => {
  installFakeGateway({ 'org.me': () => okAnswer(me) })
  render(<HomeView />)
  await screen.findByTestId('home')
  return screen.getAllByTestId(/^entry-/).map((e) => e.getAttribute('data-testid'))
}

describe('HomeView', () => {
  beforeEach(() => {
    localStorage.clear()
    forgetMe()
    setDevOpenid('demo-resident')
  })

  it('greets a resident with grid and building and offers 我要反映 and 我的诉求', async () => {
    // GIVEN a verified resident
    const me = makeMe({ name: '王秀兰' })

    // WHEN 首页 opens
    const entries = await renderHomeFor(me)

    // THEN it shows who and where they are, and the resident's entries
    expect(screen.getByTestId('home-name').textContent).toBe('王秀兰，您好')
    expect(screen.getByTestId('home-grid').textContent).toBe('网格：第一网格')
    expect(screen.getByTestId('home-building').textContent).toBe('楼院：3号楼')
    // (消息 for everyone; the local outbox in the H5 build these tests render)
    expect(entries).toEqual([
      'entry-report',
      'entry-my-requests',
      'entry-inbox',
      'entry-member-grid',
      'entry-ballot',
      'entry-check-in',
      'entry-offering-menu',
      'entry-my-bookings',
      'entry-activities',
      'entry-meetings',
      'entry-invite-family',
      'entry-outbox',
    ])
    expect(screen.queryByTestId('home-unverified-notice')).toBeNull()
  })

  it.each<[string, Role[], string]>([
    ['a member', [{ role: 'member', gridId: 'grid-1' }], 'entry-task-hall'],
    ['a grid leader', [{ role: 'gridLeader', gridId: 'grid-1' }], 'entry-grid-board'],
    ['staff', [{ role: 'staff' }], 'entry-grid-board'],
  ])('leads %s to their own board first', async (_who, roles, first) => {
    // GIVEN a caller with that role only
    const me = makeMe({ roles, household: null, building: null })

    // WHEN 首页 opens
    const entries = await renderHomeFor(me)

    // THEN their board comes first, and no empty 楼院 line is shown for a non-resident
    expect(entries[0]).toBe(first)
    expect(screen.queryByTestId('home-building')).toBeNull()
  })

  it.each<[string, Role[], string[]]>([
    [
      'a member',
      [{ role: 'member', gridId: 'grid-1' }],
      [
        'entry-task-hall',
        'entry-my-tasks',
        'entry-report',
        'entry-my-requests',
        'entry-inbox',
        'entry-member-grid',
        'entry-my-pledges',
        'entry-my-records',
        'entry-my-evaluations',
        'entry-offering-menu',
        'entry-my-bookings',
        'entry-activities',
        'entry-meetings',
        'entry-outbox',
      ],
    ],
    [
      'a team captain',
      [{ role: 'teamCaptain', teamId: 'team-medical' }],
      [
        'entry-task-hall',
        'entry-my-tasks',
        'entry-report',
        'entry-my-requests',
        'entry-compose-notice',
        'entry-inbox',
        'entry-check-in',
        'entry-offering-menu',
        'entry-my-bookings',
        'entry-activities',
        'entry-meetings',
        'entry-outbox',
      ],
    ],
    [
      'a grid leader',
      [{ role: 'gridLeader', gridId: 'grid-1' }],
      [
        'entry-grid-board',
        'entry-on-behalf',
        'entry-report',
        'entry-my-requests',
        'entry-compose-notice',
        'entry-figures',
        'entry-inbox',
        'entry-check-in',
        'entry-service-reviews',
        'entry-offering-menu',
        'entry-my-bookings',
        'entry-activities',
        'entry-meetings',
        'entry-join-requests',
        'entry-outbox',
      ],
    ],
    [
      'a unit liaison',
      [{ role: 'unitLiaison', unitId: 'unit-1' }],
      [
        'entry-my-tasks',
        'entry-report',
        'entry-my-requests',
        'entry-inbox',
        'entry-check-in',
        'entry-offering-menu',
        'entry-my-bookings',
        'entry-activities',
        'entry-meetings',
        'entry-outbox',
      ],
    ],
    [
      'staff',
      [{ role: 'staff' }],
      [
        'entry-grid-board',
        'entry-on-behalf',
        'entry-report',
        'entry-my-requests',
        'entry-compose-notice',
        'entry-content-review',
        'entry-figures',
        'entry-inbox',
        'entry-service-reviews',
        'entry-check-ins',
        'entry-rounds',
        'entry-ranking',
        'entry-points-rules',
        'entry-offering-menu',
        'entry-my-bookings',
        'entry-activities',
        'entry-meetings',
        'entry-console-setup',
        'entry-console-rules',
        'entry-join-requests',
        'entry-import-households',
        'entry-outbox',
      ],
    ],
  ])('offers %s their handling entries (我的任务, 代办)', async (_who, roles, expected) => {
    // GIVEN a caller with that role only
    const me = makeMe({ roles, household: null, building: null })
    // WHEN 首页 opens
    const entries = await renderHomeFor(me)
    // THEN exactly these entries, in this order
    expect(entries).toEqual(expected)
  })

  it('names the grid a leader serves even without a household there', async () => {
    // GIVEN a grid leader who lives elsewhere
    const me = makeMe({
      roles: [{ role: 'gridLeader', gridId: 'grid-1' }],
      household: null,
      building: null,
      grid: null,
      boardGrids: [{ id: 'grid-1', name: '益民巷网格' }],
    })

    // WHEN 首页 opens
    await renderHomeFor(me)

    // THEN the grid they serve is named
    expect(screen.getByTestId('home-board-grids').textContent).toBe('服务网格：益民巷网格')
  })

  it('tells an unverified newcomer gently and still lets them report', async () => {
    // GIVEN an openid the community has not verified
    const me = makeMe({
      personId: null,
      name: null,
      verified: false,
      roles: [],
      household: null,
      building: null,
      grid: null,
    })

    // WHEN 首页 opens
    const entries = await renderHomeFor(me)

    // THEN a notice explains, and reporting is offered
    expect(screen.getByTestId('home-unverified-notice').textContent).toContain('身份还在核实中')
    expect(entries[0]).toBe('entry-report')
    expect(screen.getByTestId('home-building').textContent).toBe('楼院：未登记')
    // and 加入家庭 (an invite code, or the grid leader's approval)
    expect(entries).toContain('entry-join-household')
    expect(entries).not.toContain('entry-invite-family')
  })
})
