// What a rule change changed, as lines a person reads: "设施维修 · 办理方式：当天办 → 现场办".
import {
  REQUEST_CATEGORIES,
  type CategoryRule,
  type DueTimeRule,
  type HandlingMode,
  type RuleKind,
} from '@linli/types'

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  categories: '问题类别',
  dueTimes: '办理时限',
  points: '积分规则',
}

export const MODE_LABELS: Record<HandlingMode, string> = {
  onSite: '现场办',
  sameDay: '当天办',
  difficult: '想法办',
  departmental: '协调办',
  homeVisit: '上门办',
}

export const dueTimeText = (rule: DueTimeRule | undefined): string => {
  if (!rule) return '—'
  if (rule.kind === 'hours') return `${rule.hours} 小时内`
  if (rule.kind === 'endOfDay')
    return rule.plusDays === 0 ? '当天内' : `${rule.plusDays} 天后当天内`
  return `${rule.days} 个工作日内`
}

const categoryText = (c: CategoryRule | undefined): string =>
  c ? `${c.name}${c.enabled ? '' : '（停用）'} · ${MODE_LABELS[c.handlingMode]}` : '—'

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {}

/** One line per entry that differs; the whole value is compared as JSON for points. */
export const changeLines = (kind: RuleKind, before: unknown, after: unknown): string[] => {
  const b = asRecord(before)
  const a = asRecord(after)
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  const differs = (k: string) => JSON.stringify(b[k]) !== JSON.stringify(a[k])
  if (kind === 'categories') {
    return REQUEST_CATEGORIES.filter((c) => differs(c.id)).map(
      (c) =>
        `${c.name}：${categoryText(b[c.id] as CategoryRule)} → ${categoryText(a[c.id] as CategoryRule)}`,
    )
  }
  if (kind === 'dueTimes') {
    return keys
      .filter(differs)
      .map(
        (m) =>
          `${MODE_LABELS[m as HandlingMode] ?? m}：${dueTimeText(b[m] as DueTimeRule)} → ${dueTimeText(a[m] as DueTimeRule)}`,
      )
  }
  return keys.filter(differs).map((k) => `${k}：${JSON.stringify(b[k])} → ${JSON.stringify(a[k])}`)
}
