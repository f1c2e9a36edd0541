// 积分规则: the stored rules fill the form; saving sends whole numbers; a bad field is named and
// nothing is sent.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { typeInto } from '@/testing/taro-events'
import { PointsRulesEditor } from './points-rules-editor'

const rules = {
  baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 2, homeVisit: 4 },
  extraByCategory: { dispute: 2 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 2,
}

const type = (testId: string, value: string) => typeInto(screen.getByTestId(testId), value)

describe('PointsRulesEditor', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-staff')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('fills the form with the stored rules and saves the edited ones as numbers', async () => {
    // GIVEN the community's rules
    const gateway = installFakeGateway({
      'members.pointsRules': () => okAnswer({ rules }),
      'members.setPointsRules': (data) => okAnswer({ rules: (data as { rules: unknown }).rules }),
    })
    render(<PointsRulesEditor />)
    await screen.findByTestId('points-rules')

    // WHEN staff raise 想法办 to 6, give 设施维修 an extra 1 and drop the dispute extra
    type('rule-mode-difficult', '6')
    type('rule-category-repair', '1')
    type('rule-category-dispute', '')
    type('rule-rating-1', '-3')
    fireEvent.click(screen.getByTestId('rules-save'))

    // THEN exactly those rules are sent, with a key for the retry
    await waitFor(() => expect(gateway.callsTo('members.setPointsRules')).toHaveLength(1))
    expect(gateway.callsTo('members.setPointsRules')[0]?.data).toEqual({
      rules: {
        ...rules,
        baseByMode: { ...rules.baseByMode, difficult: 6 },
        extraByCategory: { repair: 1 },
        ratingPoints: [-3, -1, 0, 1, 2],
      },
      clientRequestId: expect.stringMatching(/^m-/),
    })
  })

  it('names a field that is not a whole number in range and sends nothing', async () => {
    const gateway = installFakeGateway({ 'members.pointsRules': () => okAnswer({ rules }) })
    render(<PointsRulesEditor />)
    await screen.findByTestId('points-rules')

    type('rule-per-hour', '1.5')
    type('rule-timeliness', '200')
    fireEvent.click(screen.getByTestId('rules-save'))

    expect((await screen.findByTestId('rules-invalid')).textContent).toBe('有 2 项填写有误，请检查')
    expect(screen.getAllByText('请填写 -100 到 100 的整数')).toHaveLength(2)
    expect(gateway.callsTo('members.setPointsRules')).toHaveLength(0)
  })
})
