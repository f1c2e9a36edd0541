// The points-rules form: rules round-trip through the inputs; only whole points in range are kept.
import type { PointsRules } from '@linli/types'
import { formOf, rulesOf } from './rules-form'

const DEFAULT_POINTS_RULES: PointsRules = {
  baseByMode: { onSite: 3, sameDay: 2, difficult: 5, departmental: 2, homeVisit: 4 },
  extraByCategory: { dispute: 2, elderCare: 1 },
  timelinessBonus: 1,
  ratingPoints: [-2, -1, 0, 1, 2],
  perHour: 2,
}

describe('points rules form', () => {
  it('gives back the rules it was filled with', () => {
    const form = formOf(DEFAULT_POINTS_RULES)
    expect(form.baseByMode.difficult).toBe('5')
    expect(form.extraByCategory.dispute).toBe('2')
    expect(form.extraByCategory.repair).toBe('')
    expect(rulesOf(form)).toEqual({ ok: true, rules: DEFAULT_POINTS_RULES })
  })

  it('reads typed numbers, negative ones and blanks for no extra', () => {
    const form = formOf(DEFAULT_POINTS_RULES)
    form.baseByMode.onSite = ' 7 '
    form.ratingPoints[0] = '-5'
    form.extraByCategory.dispute = ''
    form.extraByCategory.repair = '3'
    const checked = rulesOf(form)
    expect(checked.ok && checked.rules.baseByMode.onSite).toBe(7)
    expect(checked.ok && checked.rules.ratingPoints[0]).toBe(-5)
    expect(checked.ok && checked.rules.extraByCategory).toEqual({ elderCare: 1, repair: 3 })
  })

  it('names every field that is not whole points from -100 to 100', () => {
    const form = formOf(DEFAULT_POINTS_RULES)
    form.perHour = '1.5'
    form.timelinessBonus = ''
    form.baseByMode.sameDay = '101'
    form.ratingPoints[4] = 'x'
    form.extraByCategory.repair = '-101'
    const checked = rulesOf(form)
    expect(checked.ok).toBe(false)
    expect(!checked.ok && [...checked.errors].sort()).toEqual(
      [
        'perHour',
        'timelinessBonus',
        'baseByMode.sameDay',
        'ratingPoints.4',
        'extraByCategory.repair',
      ].sort(),
    )
    form.baseByMode.sameDay = '100'
    form.perHour = '-100'
    form.timelinessBonus = '0'
    form.ratingPoints[4] = '2'
    form.extraByCategory.repair = '-100'
    expect(rulesOf(form).ok).toBe(true)
  })
})
