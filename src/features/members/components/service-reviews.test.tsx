// 纪实核实: a grid leader sees their grid's pending service with its photo, verifies one, and the
// queue loads afresh; a reject without a reason is told in Chinese.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ServiceRecordView } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { forgetMe } from '@/shared/api/me'
import { makeMe } from '@/testing/factories'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { ServiceReviews } from './service-reviews'

const record: ServiceRecordView = {
  id: 's1',
  memberId: 'person-m2',
  memberName: '王海燕',
  kind: 'homeVisit',
  requestId: null,
  category: null,
  note: '走访独居老人',
  hours: 2,
  hasPhoto: true,
  photoUrl: 'https://tmp/visit.jpg',
  status: 'pending',
  points: 4,
  detail: { base: 0, timeliness: 0, rating: 0, hours: 4 },
  at: '2026-11-20T04:00:00.000Z',
  month: '2026-11',
  reason: null,
}
const leader = makeMe({
  personId: 'person-leader',
  roles: [{ role: 'gridLeader', gridId: 'grid-1' }],
})

describe('ServiceReviews', () => {
  beforeEach(() => {
    localStorage.clear()
    forgetMe()
    setDevOpenid('demo-grid-leader')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('verifies a record of the leader’s grid and loads the queue afresh', async () => {
    // GIVEN one pending record in the leader's grid
    let pending = [record]
    const gateway = installFakeGateway({
      'org.me': () => okAnswer(leader),
      'members.records': () => okAnswer({ items: pending, nextCursor: null }),
      'members.verifyService': () => {
        pending = []
        return okAnswer({ ...record, status: 'verified' })
      },
    })
    render(<ServiceReviews />)
    const row = await screen.findByTestId('review-s1')
    expect(row.textContent).toContain('入户走访')
    expect(within(row).getByTestId('review-photo').getAttribute('src')).toBe(
      'https://tmp/visit.jpg',
    )
    expect(gateway.callsTo('members.records')[0]?.data).toEqual({
      limit: 50,
      status: 'pending',
      gridId: 'grid-1',
    })

    // WHEN they tap 核实通过
    fireEvent.click(within(row).getByTestId('review-verify'))

    // THEN the decision is sent and the empty queue shows
    expect((await screen.findByTestId('list-empty')).textContent).toContain('没有待核实的服务记录')
    expect(gateway.callsTo('members.verifyService')[0]?.data).toEqual({
      id: 's1',
      decision: { kind: 'verify' },
      clientRequestId: expect.any(String),
    })
  })

  it('says what is wrong when a reject without a reason is refused', async () => {
    installFakeGateway({
      'org.me': () => okAnswer(leader),
      'members.records': () => okAnswer({ items: [record], nextCursor: null }),
      'members.verifyService': () =>
        failAnswer('INPUT.INVALID', 'bad', [
          { path: ['decision', 'reason'], message: '请写明原因' },
        ]),
    })
    render(<ServiceReviews />)
    const row = await screen.findByTestId('review-s1')
    fireEvent.click(within(row).getByTestId('review-reject'))
    await waitFor(() => expect(row.querySelector('.field__error')?.textContent).toBe('请写明原因'))
    expect(screen.getByTestId('review-s1')).toBeTruthy()
  })
})
