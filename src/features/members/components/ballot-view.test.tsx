// 评议: one tap per member sends one rating and shows it as done; a refusal is told in Chinese.
import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { BallotView } from './ballot-view'

const round = {
  id: 'round-1',
  name: '2026年第四季度评议',
  startsOn: '2026-10-01',
  endsOn: '2026-10-31',
  phase: 'open',
  memberCount: 2,
  members: [
    { memberId: 'm1', name: '李建国', photo: null, myVerdict: null },
    { memberId: 'm2', name: '王海燕', photo: null, myVerdict: 'satisfied' },
  ],
}

describe('BallotView', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-resident')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('rates a member with one tap and offers no second choice', async () => {
    // GIVEN an open round with one member not yet rated and one already rated
    const gateway = installFakeGateway({
      'evaluations.ballot': () => okAnswer({ rounds: [round] }),
      'evaluations.rate': (data) =>
        okAnswer({
          roundId: 'round-1',
          memberId: 'm1',
          verdict: (data as { verdict: string }).verdict,
        }),
    })
    render(<BallotView />)
    const row = await screen.findByTestId('ballot-m1')
    expect(within(screen.getByTestId('ballot-m2')).getByTestId('ballot-done').textContent).toBe(
      '已评议：满意',
    )
    // WHEN the resident taps 基本满意 for m1
    fireEvent.click(within(row).getByTestId('verdict-basicallySatisfied'))
    // THEN one rating is sent for m1 and the row shows it as done
    expect((await within(row).findByTestId('ballot-done')).textContent).toBe('已评议：基本满意')
    expect(gateway.callsTo('evaluations.rate').map((c) => c.data)).toEqual([
      expect.objectContaining({
        roundId: 'round-1',
        memberId: 'm1',
        verdict: 'basicallySatisfied',
      }),
    ])
  })

  it('tells the resident when they rated already', async () => {
    installFakeGateway({
      'evaluations.ballot': () => okAnswer({ rounds: [round] }),
      'evaluations.rate': () => failAnswer('EVALUATION.ALREADY_RATED'),
    })
    render(<BallotView />)
    fireEvent.click(within(await screen.findByTestId('ballot-m1')).getByTestId('verdict-satisfied'))
    expect((await screen.findByTestId('ballot-error')).textContent).toBe(
      '您已经评议过这位党员了，谢谢',
    )
  })

  it('says so when no round is open', async () => {
    installFakeGateway({ 'evaluations.ballot': () => okAnswer({ rounds: [] }) })
    render(<BallotView />)
    expect((await screen.findByTestId('list-empty')).textContent).toContain('现在没有进行中的评议')
  })
})
