// 议事: the list with each meeting's progress, the empty state, the detail where the owner updates a
// decision, the hot spot that opens the record form with its requests.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { makeMe } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { typeInto } from '@/testing/taro-events'
import { HotSpotList } from './hot-spot-list'
import { MeetingDetail } from './meeting-detail'
import { MeetingList } from './meeting-list'

const decision = (status: string, canUpdate: boolean) => ({
  id: 'mtg-1-d1',
  text: '安装路灯 28 盏',
  owner: { kind: 'unit', id: 'unit-1', name: '市住建局' },
  dueOn: '2026-12-31',
  requestIds: [],
  status,
  progress:
    status === 'planned' ? [] : [{ status, note: '已进场施工', at: '2026-11-25T02:00:00.000Z' }],
  updatedAt: '2026-11-25T02:00:00.000Z',
  canUpdate,
})
const meeting = (status = 'planned', canUpdate = false) => ({
  id: 'mtg-1',
  topic: '益民巷环境整治议事会',
  heldOn: '2026-11-20',
  participants: [
    { kind: 'unit', name: '市住建局' },
    { kind: 'resident', name: '居民代表' },
  ],
  requestIds: ['r1', 'r2'],
  gridIds: ['grid-1'],
  decisions: [decision(status, canUpdate)],
  done: status === 'done' ? 1 : 0,
  total: 1,
  following: true,
  createdAt: '2026-11-20T02:00:00.000Z',
})

describe('议事', () => {
  beforeEach(() => {
    localStorage.clear()
    forgetMe()
    setDevOpenid('demo-resident')
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  })
  afterEach(() => jest.restoreAllMocks())

  it('lists meetings with their progress, and an empty 我反映过的', async () => {
    const gw = installFakeGateway({
      'org.me': () => okAnswer(makeMe()),
      'meetings.list': (data) =>
        okAnswer({ items: (data as { mine: boolean }).mine ? [] : [meeting()], nextCursor: null }),
    })
    render(<MeetingList />)
    expect((await screen.findByTestId('meeting-progress')).textContent).toContain(
      '决议 1 项，已完成 0 项',
    )
    expect(screen.queryByTestId('record-meeting')).toBeNull()
    fireEvent.click(screen.getByTestId('toggle-mine'))
    expect((await screen.findByTestId('list-empty')).textContent).toContain('还没有上议事会')
    expect(gw.callsTo('meetings.list').map((c) => (c.data as { mine: boolean }).mine)).toEqual([
      false,
      true,
    ])
  })

  it("lets the decision's owner move it on with a note", async () => {
    let status = 'planned'
    const gw = installFakeGateway({
      'meetings.get': () => okAnswer(meeting(status, true)),
      'meetings.updateDecision': (data) => {
        status = (data as { status: string }).status
        return okAnswer(meeting(status, true))
      },
    })
    render(<MeetingDetail id="mtg-1" />)
    typeInto(await screen.findByTestId('decision-note'), '已进场施工')
    fireEvent.click(screen.getByTestId('decision-to-inProgress'))
    await waitFor(() => expect(screen.getByTestId('decision-status').textContent).toBe('推进中'))
    expect(gw.callsTo('meetings.updateDecision')[0]?.data).toMatchObject({
      meetingId: 'mtg-1',
      decisionId: 'mtg-1-d1',
      status: 'inProgress',
    })
    expect(screen.getByTestId('decision-progress').textContent).toContain('已进场施工')
  })

  it('puts a hot spot on the agenda in one step', async () => {
    setDevOpenid('demo-staff')
    installFakeGateway({
      'meetings.hotSpots': () =>
        okAnswer({
          rule: { count: 5, days: 30 },
          since: '2026-11-01T00:00:00.000Z',
          items: [
            {
              scope: 'building',
              id: 'bldg-01',
              category: 'roads',
              count: 6,
              requestIds: ['r1', 'r2'],
              latestAt: '2026-11-25T02:00:00.000Z',
            },
          ],
        }),
    })
    render(<HotSpotList />)
    fireEvent.click(await screen.findByTestId('hot-spot-to-agenda'))
    const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
    expect(url).toContain('/packages/meetings/record/index?requests=r1,r2')
  })
})
