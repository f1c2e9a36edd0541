// 规则: the stored categories and due times fill the form; a save names the version it edits; a
// save another staff member beat is told so; the change log reads who, when, before → after.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { typeInto } from '@/testing/taro-events'
import { REQUEST_CATEGORIES, type CategoryRules } from '@linli/types'
import { RulesScreen } from './rules-screen'

const DEFAULT_CATEGORY_RULES = Object.fromEntries(
  REQUEST_CATEGORIES.map((c) => [
    c.id,
    {
      name: c.name,
      enabled: true,
      handlingMode: c.handlingMode,
      teamKinds: [...c.teamKinds],
      sensitive: c.sensitive,
    },
  ]),
) as CategoryRules
const DEFAULT_DUE_TIME_RULES = {
  onSite: { kind: 'hours', hours: 4 },
  sameDay: { kind: 'endOfDay', plusDays: 0 },
  difficult: { kind: 'workingDays', days: 5 },
  departmental: { kind: 'workingDays', days: 5 },
  homeVisit: { kind: 'hours', hours: 24 },
}
const DEFAULT_POINTS_RULES = {
  baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 2, homeVisit: 4 },
  extraByCategory: {},
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 2,
}

const rules = {
  categories: { version: 3, value: DEFAULT_CATEGORY_RULES, updatedAt: '2026-11-26T02:00:00.000Z' },
  dueTimes: { version: 0, value: DEFAULT_DUE_TIME_RULES, updatedAt: null },
  points: { version: 0, value: DEFAULT_POINTS_RULES, updatedAt: null },
}
const change = {
  id: 'chengxi:categories:3',
  kind: 'categories',
  version: 3,
  before: DEFAULT_CATEGORY_RULES,
  after: {
    ...DEFAULT_CATEGORY_RULES,
    heating: { ...DEFAULT_CATEGORY_RULES.heating, enabled: false },
  },
  byName: '周主任',
  at: '2026-11-26T02:00:00.000Z',
}

describe('RulesScreen', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-staff')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })

  it('saves an edited due time over the version read, and shows the change log', async () => {
    // GIVEN the community's rules and one logged change
    const gateway = installFakeGateway({
      'org.rules': () => okAnswer(rules),
      'org.ruleChanges': () => okAnswer({ items: [change], nextCursor: null }),
      'org.updateRules': () => okAnswer({ kind: 'dueTimes', version: 1, updatedAt: change.at }),
    })
    render(<RulesScreen />)
    await screen.findByTestId('rules-screen')
    // THEN the log names who changed what
    const logged = await screen.findByTestId('rule-change-categories-3')
    expect(logged.textContent).toContain('周主任')
    expect(logged.textContent).toContain('供暖管网：供暖管网 · 当天办 → 供暖管网（停用） · 当天办')
    // WHEN staff make 现场办 due in 2 hours and save
    typeInto(screen.getByTestId('due-amount-onSite'), '2')
    fireEvent.click(screen.getByTestId('due-times-save'))
    // THEN the new due times go out with the version they edit
    await waitFor(() => expect(gateway.callsTo('org.updateRules')).toHaveLength(1))
    expect(gateway.callsTo('org.updateRules')[0]?.data).toEqual({
      kind: 'dueTimes',
      version: 0,
      value: { ...DEFAULT_DUE_TIME_RULES, onSite: { kind: 'hours', hours: 2 } },
      clientRequestId: expect.stringMatching(/^c-/),
    })
  })

  it('tells staff another save came first, in Chinese', async () => {
    installFakeGateway({
      'org.rules': () => okAnswer(rules),
      'org.ruleChanges': () => okAnswer({ items: [], nextCursor: null }),
      'org.updateRules': () => failAnswer('RULES.STALE'),
    })
    render(<RulesScreen />)
    await screen.findByTestId('rules-screen')
    expect(await screen.findByText('还没有修改记录')).toBeTruthy()
    fireEvent.click(screen.getByTestId(`category-enabled-heating`))
    fireEvent.click(screen.getByTestId('categories-save'))
    expect((await screen.findByTestId('categories-error')).textContent).toBe(
      '规则刚被其他工作人员修改过，请刷新后再改',
    )
  })
})
