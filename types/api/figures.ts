// The `figures` function's actions (DESIGN §6, issue 11 §5–6): the community's figures for a period —
// the 三率 and medians of requests, volunteer service, notices' read rates — per community (a street
// account sees its communities side by side), by grid, building or category, and as CSV tables.
import { z } from 'zod'
import { idSchema } from '../vocabulary'

const date = z
  .string({ required_error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/** China calendar days, both included; at most 366 of them. */
export const periodInputSchema = z.object({ from: date, to: date })

const rate = z.number().min(0).max(100).nullable()
const minutes = z.number().int().min(0).nullable()

export const requestFiguresSchema = z.object({
  requests: z.number().int(),
  answeredInTime: z.number().int(),
  resolved: z.number().int(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  /** 三率 in percent with one decimal; null when there was nothing to count. */
  answeredRate: rate,
  resolvedRate: rate,
  satisfactionRate: rate,
  medianClaimMinutes: minutes,
  medianResolveMinutes: minutes,
})
export type RequestFiguresView = z.infer<typeof requestFiguresSchema>

export const serviceFiguresSchema = z.object({
  services: z.number().int(),
  hours: z.number(),
  points: z.number(),
  members: z.number().int(),
  pointsPerMember: z.number().nullable(),
})

/**
 * 居民评议党员 in the period (ratings given, by the rated member's grid). The verdicts and their
 * share show from RESULT_THRESHOLD ratings on, as a member's own result does: fewer could be traced.
 */
export const evaluationFiguresSchema = z.object({
  ratings: z.number().int(),
  members: z.number().int(),
  shown: z.boolean(),
  satisfied: z.number().int().nullable(),
  basicallySatisfied: z.number().int().nullable(),
  dissatisfied: z.number().int().nullable(),
  /** (满意 + 基本满意) ÷ ratings, in percent with one decimal. */
  satisfactionRate: rate,
})
export type EvaluationFiguresView = z.infer<typeof evaluationFiguresSchema>

export const noticeFiguresSchema = z.object({
  notices: z.number().int(),
  recipients: z.number().int(),
  reads: z.number().int(),
  readRate: rate,
})

export const communityFiguresSchema = z.object({
  communityId: idSchema,
  name: z.string(),
  requests: requestFiguresSchema,
  service: serviceFiguresSchema,
  evaluations: evaluationFiguresSchema,
  /** Null for a grid leader: notices are counted for the community only. */
  notices: noticeFiguresSchema.nullable(),
})
export type CommunityFigures = z.infer<typeof communityFiguresSchema>

export const summaryInputSchema = periodInputSchema
  .extend({
    /** A street (街道) account: the communities to set side by side (all of its street by default). */
    communityIds: z.array(idSchema).min(1).max(50).optional(),
  })
  .strict()
export const summaryOutputSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** The caller's own community first, then the street's others in the order asked. */
  communities: z.array(communityFiguresSchema),
})

export const figureDimensionSchema = z.enum(['grid', 'building', 'category'])
export type FigureDimension = z.infer<typeof figureDimensionSchema>

export const byGridInputSchema = periodInputSchema
  .extend({ by: figureDimensionSchema.default('grid') })
  .strict()
export const figureRowSchema = z.object({
  /** A grid or building id, or a category id. */
  key: z.string(),
  name: z.string(),
  requests: requestFiguresSchema,
  /** Volunteer service by grid only (a record has no building or request category of its own). */
  service: serviceFiguresSchema.nullable(),
  /** 评议 by grid only, as volunteer service. */
  evaluations: evaluationFiguresSchema.nullable(),
})
export type FigureRow = z.infer<typeof figureRowSchema>
export const byGridOutputSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  by: figureDimensionSchema,
  /** Most requests first. */
  rows: z.array(figureRowSchema),
})

export const figureTableSchema = z.enum(['summary', 'grid', 'building', 'category'])
export const exportInputSchema = periodInputSchema.extend({ table: figureTableSchema }).strict()
export const exportOutputSchema = z.object({
  /** `统计-网格-2026-11-01至2026-11-30.csv` */
  filename: z.string(),
  csv: z.string(),
  rows: z.number().int(),
})
