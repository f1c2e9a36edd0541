// The points-rules editor's form: every rule as the text of its input, and back to rules checked by
// the same schema the function uses (whole points from -100 to 100).
import {
  handlingModeSchema,
  pointsRulesSchema,
  REQUEST_CATEGORIES,
  type HandlingMode,
  type PointsRules,
  type RequestCategoryId,
} from '@linli/types'

const HANDLING_MODES = handlingModeSchema.options

export interface RulesForm {
  baseByMode: Record<HandlingMode, string>
  /** '' for a category with no extra. */
  extraByCategory: Record<RequestCategoryId, string>
  timelinessBonus: string
  ratingPoints: string[]
  perHour: string
}

export const formOf = (rules: PointsRules): RulesForm => ({
  baseByMode: Object.fromEntries(
    HANDLING_MODES.map((m) => [m, String(rules.baseByMode[m])]),
  ) as RulesForm['baseByMode'],
  extraByCategory: Object.fromEntries(
    REQUEST_CATEGORIES.map((c) => [c.id, String(rules.extraByCategory[c.id] ?? '')]),
  ) as RulesForm['extraByCategory'],
  timelinessBonus: String(rules.timelinessBonus),
  ratingPoints: rules.ratingPoints.map(String),
  perHour: String(rules.perHour),
})

/** A typed number: digits with an optional minus sign ("" and "1.5" are not whole points). */
const toPoints = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN)

export type RulesCheck = { ok: true; rules: PointsRules } | { ok: false; errors: string[] }

/** The form as rules, or the fields that are not whole points from -100 to 100. */
export const rulesOf = (form: RulesForm): RulesCheck => {
  const extras = REQUEST_CATEGORIES.flatMap((c) => {
    const text = form.extraByCategory[c.id].trim()
    return text === '' ? [] : [[c.id, toPoints(text)] as const]
  })
  const candidate = {
    baseByMode: Object.fromEntries(HANDLING_MODES.map((m) => [m, toPoints(form.baseByMode[m])])),
    extraByCategory: Object.fromEntries(extras),
    timelinessBonus: toPoints(form.timelinessBonus),
    ratingPoints: form.ratingPoints.map(toPoints),
    perHour: toPoints(form.perHour),
  }
  const parsed = pointsRulesSchema.safeParse(candidate)
  if (parsed.success) return { ok: true, rules: parsed.data }
  return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] }
}
