// 我的评议: a member sees their own result only from 5 ratings on, and appeals it to staff.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { typeInto } from '@/testing/taro-events'
import { MyEvaluations, resultLine } from './my-evaluations'

const round = (id: string, phase: 'open' | 'closed') => ({
  id,
  name: `评议 ${id}`,
  startsOn: '2026-10-01',
  endsOn: '2026-10-31',
  phase,
  memberCount: 3,
})
const row = (overrides: Record<string, unknown> = {}) => ({
  memberId: 'm1',
  name: '李建国',
  ratings: 3,
  shown: false,
  satisfied: null,
  basicallySatisfied: null,
  dissatisfied: null,
  satisfactionRate: null,
  appeal: null,
  ...overrides,
})

describe('MyEvaluations', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-member')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('words a result by the 5-rating threshold', () => {
    expect(resultLine(row())).toBe('3 人评议 · 满 5 人后显示结果')
    expect(
      resultLine(
        row({
          ratings: 8,
          shown: true,
          satisfied: 5,
          basicallySatisfied: 2,
          dissatisfied: 1,
          satisfactionRate: 0.875,
        }),
      ),
    ).toBe('8 人评议 · 满意 5 · 基本满意 2 · 不满意 1 · 满意率 87.5%')
  })

  it('shows each round of mine and sends an appeal for the one without', async () => {
    // GIVEN two rounds: one already appealed and answered, one not
    const gateway = installFakeGateway({
      'evaluations.rounds': () => okAnswer({ items: [round('r1', 'closed'), round('r2', 'open')] }),
      'evaluations.results': (data) => {
        const roundId = (data as { roundId: string }).roundId
        const appeal =
          roundId === 'r1'
            ? {
                id: 'a1',
                roundId: 'r1',
                memberId: 'm1',
                memberName: '李建国',
                text: '结果与实际不符',
                status: 'answered',
                answer: '已复核',
                createdAt: '2026-11-01T00:00:00.000Z',
                answeredAt: '2026-11-02T00:00:00.000Z',
              }
            : null
        return okAnswer({
          round: round(roundId, roundId === 'r1' ? 'closed' : 'open'),
          rows: [row({ appeal })],
          csv: null,
        })
      },
      'evaluations.appeal': () => okAnswer({ id: 'a2' }),
    })
    render(<MyEvaluations />)
    // THEN the answered appeal shows its answer, and only the other round offers the form
    const first = await screen.findByTestId('my-result-r1')
    expect(within(first).getByTestId('my-appeal').textContent).toContain('社区答复：已复核')
    expect(within(first).queryByTestId('appeal-submit')).toBeNull()
    const second = screen.getByTestId('my-result-r2')
    // WHEN the member writes a reason and submits
    typeInto(within(second).getByTestId('appeal-text'), '有两位居民并非本网格')
    fireEvent.click(within(second).getByTestId('appeal-submit'))
    // THEN one appeal is sent for that round with the reason
    await waitFor(() =>
      expect(gateway.callsTo('evaluations.appeal').map((c) => c.data)).toEqual([
        expect.objectContaining({ roundId: 'r2', text: '有两位居民并非本网格' }),
      ]),
    )
  })
})
