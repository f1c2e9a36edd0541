import { changeLines, dueTimeText } from './rule-diff'

const repair = {
  name: '设施维修',
  enabled: true,
  handlingMode: 'sameDay',
  teamKinds: ['skills'],
  sensitive: false,
}

describe('changeLines', () => {
  it('names each category that changed, before → after', () => {
    const lines = changeLines(
      'categories',
      { repair, other: { ...repair, name: '其他' } },
      {
        repair: { ...repair, handlingMode: 'onSite', enabled: false },
        other: { ...repair, name: '其他' },
      },
    )
    expect(lines).toEqual(['设施维修：设施维修 · 当天办 → 设施维修（停用） · 现场办'])
  })

  it('reads due times as a person says them', () => {
    const lines = changeLines(
      'dueTimes',
      { onSite: { kind: 'hours', hours: 4 }, sameDay: { kind: 'endOfDay', plusDays: 0 } },
      { onSite: { kind: 'hours', hours: 2 }, sameDay: { kind: 'endOfDay', plusDays: 0 } },
    )
    expect(lines).toEqual(['现场办：4 小时内 → 2 小时内'])
    expect(dueTimeText({ kind: 'workingDays', days: 5 })).toBe('5 个工作日内')
    expect(dueTimeText({ kind: 'endOfDay', plusDays: 0 })).toBe('当天内')
  })

  it('shows a points field that changed', () => {
    expect(
      changeLines('points', { perHour: 2, timelinessBonus: 1 }, { perHour: 3, timelinessBonus: 1 }),
    ).toEqual(['perHour：2 → 3'])
  })
})
