// Issue 11 §4: the rules a community edits as data — categories with their routing, due times of
// the five handling modes (五办), points — stored one document per community and kind, versioned.
import { z } from 'zod'
import { REQUEST_CATEGORY_IDS, type RequestCategoryId } from '../categories'
import { handlingModeSchema, idSchema, teamKindSchema } from '../vocabulary'
import { pointsRulesSchema } from './member'

export const RULE_KINDS = ['categories', 'dueTimes', 'points'] as const
export const ruleKindSchema = z.enum(RULE_KINDS)
export type RuleKind = z.infer<typeof ruleKindSchema>

/** One category's label and routing; the ids stay the fixed set of categories.ts. */
export const categoryRuleSchema = z
  .object({
    name: z.string().trim().min(1, '请填写类别名称').max(12, '类别名称最多 12 个字'),
    /** A disabled category is not offered to new reports; requests filed under it stay as they are. */
    enabled: z.boolean(),
    handlingMode: handlingModeSchema,
    /** The team kinds a request of this category is suggested to (派单 routing). */
    teamKinds: z.array(teamKindSchema).max(8),
    /** Never on public boards (矛盾纠纷, 助老助残, 医疗健康). */
    sensitive: z.boolean(),
  })
  .strict()
export type CategoryRule = z.infer<typeof categoryRuleSchema>

export const categoryRulesSchema = z
  .object(
    Object.fromEntries(REQUEST_CATEGORY_IDS.map((id) => [id, categoryRuleSchema])) as Record<
      RequestCategoryId,
      typeof categoryRuleSchema
    >,
  )
  .strict()
export type CategoryRules = z.infer<typeof categoryRulesSchema>

export const dueTimeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hours'), hours: z.number().int().min(1).max(720) }).strict(),
  z.object({ kind: z.literal('endOfDay'), plusDays: z.number().int().min(0).max(30) }).strict(),
  /** The end of the n-th working day after today (weekends and public holidays skipped). */
  z.object({ kind: z.literal('workingDays'), days: z.number().int().min(1).max(60) }).strict(),
])
export type DueTimeRule = z.infer<typeof dueTimeRuleSchema>

export const dueTimeRulesSchema = z
  .object({
    onSite: dueTimeRuleSchema,
    sameDay: dueTimeRuleSchema,
    difficult: dueTimeRuleSchema,
    departmental: dueTimeRuleSchema,
    homeVisit: dueTimeRuleSchema,
  })
  .strict()
export type DueTimeRules = z.infer<typeof dueTimeRulesSchema>

/** What each kind's value is. */
export const RULE_VALUE_SCHEMAS = {
  categories: categoryRulesSchema,
  dueTimes: dueTimeRulesSchema,
  points: pointsRulesSchema,
} as const
export interface RuleValues {
  categories: CategoryRules
  dueTimes: DueTimeRules
  points: z.infer<typeof pointsRulesSchema>
}

/** A kind with its value, told apart by `kind`. */
export const ruleValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('categories'), value: categoryRulesSchema }),
  z.object({ kind: z.literal('dueTimes'), value: dueTimeRulesSchema }),
  z.object({ kind: z.literal('points'), value: pointsRulesSchema }),
])
export type RuleValue = z.infer<typeof ruleValueSchema>

/** `rules/<communityId>:<kind>`: version 0 is the defaults, never stored. */
export const ruleSetDocSchema = z.object({
  _id: z.string(),
  communityId: idSchema,
  kind: ruleKindSchema,
  version: z.number().int().min(1),
  value: z.unknown(),
  updatedAt: z.date(),
  updatedBy: idSchema.nullable(),
})
export type RuleSetDoc = z.infer<typeof ruleSetDocSchema>

/** `ruleChanges/<communityId>:<kind>:<version>`: one per version, so two writers of one version collide. */
export const ruleChangeDocSchema = z.object({
  _id: z.string(),
  communityId: idSchema,
  kind: ruleKindSchema,
  version: z.number().int().min(1),
  before: z.unknown(),
  after: z.unknown(),
  by: idSchema.nullable(),
  byName: z.string().nullable(),
  createdAt: z.date(),
})
export type RuleChangeDoc = z.infer<typeof ruleChangeDocSchema>
