// What issue 8 stores for Party members (DESIGN §4): pledges, 双报到, service records, points rules.
import { z } from 'zod'
import {
  REQUEST_CATEGORY_IDS,
  requestCategoryIdSchema,
  type RequestCategoryId,
} from '../categories'
import { handlingModeSchema, idSchema, teamKindSchema } from '../vocabulary'

/** A calendar date in China time, `YYYY-MM-DD` (pledge due dates, round dates). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD')

/** 党员标兵岗: the one badge staff award today. */
export const memberBadgeSchema = z.enum(['pioneerPost'])
export type MemberBadge = z.infer<typeof memberBadgeSchema>

export const pledgeStatusSchema = z.enum(['open', 'fulfilled', 'notFulfilled'])
export type PledgeStatus = z.infer<typeof pledgeStatusSchema>

export const pledgeDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  memberId: idSchema,
  /** The grid the member was posted in when publishing: whose residents see it. */
  gridId: idSchema.nullable(),
  text: z.string(),
  dueDate: calendarDateSchema,
  status: pledgeStatusSchema,
  progress: z.array(z.object({ note: z.string(), at: z.date() })),
  outcomeReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
})
export type PledgeDoc = z.infer<typeof pledgeDocSchema>

export const checkInStatusSchema = z.enum(['pending', 'approved', 'declined'])
export type CheckInStatus = z.infer<typeof checkInStatusSchema>

/** 双报到: an in-service member's registration with the community, one per WeChat user at a time. */
export const checkInDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  openid: z.string(),
  name: z.string(),
  unitId: idSchema,
  partyOrgName: z.string(),
  gridId: idSchema,
  teamIds: z.array(idSchema),
  specialties: z.array(teamKindSchema),
  status: checkInStatusSchema,
  reason: z.string().nullable(),
  createdAt: z.date(),
  reviewedAt: z.date().nullable(),
  reviewedBy: idSchema.nullable(),
})
export type CheckInDoc = z.infer<typeof checkInDocSchema>

export const serviceKindSchema = z.enum([
  'request',
  'activity',
  'patrol',
  'homeVisit',
  'other',
  /** Issue 11: serving at a slot of a published offering (义诊, 法律咨询…), marked by its provider. */
  'offering',
])
export type ServiceKind = z.infer<typeof serviceKindSchema>
/** Kinds a member logs by hand (a request's record is written when it closes). */
export const loggedServiceKindSchema = z.enum(['activity', 'patrol', 'homeVisit', 'other'])

export const serviceStatusSchema = z.enum(['pending', 'verified', 'rejected'])
export type ServiceStatus = z.infer<typeof serviceStatusSchema>

export const pointsDetailSchema = z.object({
  base: z.number(),
  timeliness: z.number(),
  rating: z.number(),
  hours: z.number(),
})
export type PointsDetail = z.infer<typeof pointsDetailSchema>

/** 党员服务纪实: one act of service, with its points (counted once verified). */
export const serviceRecordDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  /** `member:<personId>` or `team:<teamId>`: whose record it is. */
  holderKey: z.string(),
  memberId: idSchema.nullable(),
  gridId: idSchema.nullable(),
  kind: serviceKindSchema,
  requestId: idSchema.nullable(),
  category: requestCategoryIdSchema.nullable(),
  handlingMode: handlingModeSchema.nullable(),
  note: z.string(),
  hours: z.number().min(0),
  photo: z.string().nullable(),
  status: serviceStatusSchema,
  points: z.number(),
  detail: pointsDetailSchema,
  /** When the service happened, and its China month `YYYY-MM` (the period it counts in). */
  at: z.date(),
  month: z.string(),
  reviewedBy: idSchema.nullable(),
  reason: z.string().nullable(),
  createdAt: z.date(),
})
export type ServiceRecordDoc = z.infer<typeof serviceRecordDocSchema>

const points = z.number().int().min(-100).max(100)

/**
 * Per-community points rules, as data staff can change (DESIGN §4). Plain objects and arrays (no
 * records or tuples), so every key is named in the contract and the fuzzer can generate them.
 */
export const pointsRulesSchema = z
  .object({
    /** Base points by handling mode (五办). */
    baseByMode: z
      .object({
        onSite: points,
        sameDay: points,
        difficult: points,
        departmental: points,
        homeVisit: points,
      })
      .strict(),
    /** An extra by category on top of the mode's base (e.g. 矛盾纠纷 weighs more). */
    extraByCategory: z
      .object(
        Object.fromEntries(REQUEST_CATEGORY_IDS.map((id) => [id, points])) as Record<
          RequestCategoryId,
          typeof points
        >,
      )
      .partial()
      .strict(),
    /** Added when the request was resolved by its due time. */
    timelinessBonus: points,
    /** By the resident's stars, 1 to 5; an auto-closed request has no rating and adds 0. */
    ratingPoints: z.array(points).length(5),
    /** Logged service: points per verified hour. */
    perHour: points,
  })
  .strict()
export type PointsRules = z.infer<typeof pointsRulesSchema>
