// The `members` function's actions (DESIGN §4): 三亮 cards, pledges, 双报到, service records, summary.
import { z } from 'zod'
import {
  calendarDateSchema,
  checkInStatusSchema,
  loggedServiceKindSchema,
  memberBadgeSchema,
  pledgeStatusSchema,
  pointsRulesSchema,
  serviceKindSchema,
  serviceStatusSchema,
} from '../entities/member'
import { pageInputSchema, pageSchema } from '../pagination'
import { idSchema, memberKindSchema, teamKindSchema } from '../vocabulary'
import { requestCategoryIdSchema } from '../categories'
import { photoIdSchema } from './requests'

export const PLEDGE_TEXT_MIN = 5
export const PLEDGE_TEXT_MAX = 200
const iso = z.string().datetime()
/** Sent by the app once per form: a retried call with the same key does nothing twice. */
const clientRequestId = z.string().min(8).max(64)
const text = (min: number, max: number, required: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, `最多 ${max} 个字`)

const place = z.object({ id: idSchema, name: z.string() })

/** 亮身份: what anyone who may see a member sees. Never a phone. */
export const memberCardSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** A short-lived download URL of the member's photo (the member uploads it), or none. */
  photo: z.string().nullable(),
  kind: memberKindSchema,
  partyOrgName: z.string(),
  unitName: z.string().nullable(),
  post: place.nullable(),
  teams: z.array(place.extend({ kind: teamKindSchema })),
  specialties: z.array(teamKindSchema),
  badges: z.array(memberBadgeSchema),
})
export type MemberCard = z.infer<typeof memberCardSchema>

export const pledgeViewSchema = z.object({
  id: idSchema,
  memberId: idSchema,
  text: z.string(),
  dueDate: calendarDateSchema,
  status: pledgeStatusSchema,
  /** Open and past its due date (today in China time). */
  overdue: z.boolean(),
  progress: z.array(z.object({ text: z.string(), at: iso })),
  outcomeReason: z.string().nullable(),
  createdAt: iso,
})
export type PledgeView = z.infer<typeof pledgeViewSchema>

export const cardInputSchema = z.object({ memberId: idSchema }).strict()
export const cardOutputSchema = z.object({
  card: memberCardSchema,
  pledges: z.array(pledgeViewSchema),
})
export type CardOutput = z.infer<typeof cardOutputSchema>

/** 党员风采: the members posted in a grid (the caller's own when `gridId` is left out). */
export const listMembersInputSchema = z.object({ gridId: idSchema.optional() }).strict()
export const listMembersOutputSchema = z.object({
  grid: place.nullable(),
  items: z.array(memberCardSchema),
})

export const pledgeInputSchema = z
  .object({
    text: text(PLEDGE_TEXT_MIN, PLEDGE_TEXT_MAX, `承诺内容至少 ${PLEDGE_TEXT_MIN} 个字`),
    dueDate: calendarDateSchema,
    clientRequestId,
  })
  .strict()

export const updatePledgeInputSchema = z
  .object({
    id: idSchema,
    clientRequestId,
    change: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('progress'), text: text(2, 200, '请写下进展') }).strict(),
      z.object({ kind: z.literal('fulfilled') }).strict(),
      /** Staff only: the pledge was not kept, and why. */
      z.object({ kind: z.literal('notFulfilled'), reason: text(2, 200, '请写明原因') }).strict(),
    ]),
  })
  .strict()

/** 双报到: what an in-service member tells the community (identity comes from WeChat). */
export const registerInputSchema = z
  .object({
    name: text(2, 20, '请填写姓名'),
    unitId: idSchema,
    partyOrgName: text(2, 60, '请填写所在党组织'),
    gridId: idSchema,
    teamIds: z.array(idSchema).max(8).default([]),
    specialties: z.array(teamKindSchema).max(8).default([]),
    clientRequestId,
  })
  .strict()

export const checkInViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  unit: place,
  partyOrgName: z.string(),
  grid: place,
  teams: z.array(place),
  specialties: z.array(teamKindSchema),
  status: checkInStatusSchema,
  reason: z.string().nullable(),
  createdAt: iso,
})
export type CheckInView = z.infer<typeof checkInViewSchema>

export const myRegistrationInputSchema = z.object({}).strict()
export const myRegistrationOutputSchema = z.object({
  registration: checkInViewSchema.nullable(),
  /** Already a member of this community (nothing to register). */
  member: z.boolean(),
  /** What the 双报到 form offers: the community's units, grids and teams. */
  choices: z.object({
    units: z.array(place),
    grids: z.array(place),
    teams: z.array(place.extend({ kind: teamKindSchema })),
  }),
})
export const registrationsInputSchema = z
  .object({ status: checkInStatusSchema.default('pending') })
  .strict()
export const registrationsOutputSchema = z.object({ items: z.array(checkInViewSchema) })

export const reviewRegistrationInputSchema = z
  .object({
    id: idSchema,
    clientRequestId,
    decision: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('approve') }).strict(),
      z.object({ kind: z.literal('decline'), reason: text(2, 200, '请写明原因') }).strict(),
    ]),
  })
  .strict()

export const logServiceInputSchema = z
  .object({
    kind: loggedServiceKindSchema,
    note: text(2, 200, '请写下服务内容'),
    /** Whole hours: one act of service is counted in hours, as 纪实 forms do. */
    hours: z.number().int('请填写整数小时').min(1, '至少 1 小时').max(12, '一次最多 12 小时'),
    date: calendarDateSchema,
    /** Uploaded by the member under `service/<their person id>/` (as the app does). */
    photo: photoIdSchema.optional(),
    clientRequestId,
  })
  .strict()

export const serviceRecordViewSchema = z.object({
  id: idSchema,
  memberId: idSchema.nullable(),
  memberName: z.string().nullable(),
  kind: serviceKindSchema,
  requestId: idSchema.nullable(),
  category: requestCategoryIdSchema.nullable(),
  note: z.string(),
  hours: z.number(),
  hasPhoto: z.boolean(),
  /** A short-lived download URL of the photo, for the member, their grid leader and staff. */
  photoUrl: z.string().nullable(),
  status: serviceStatusSchema,
  points: z.number(),
  detail: z.object({
    base: z.number(),
    timeliness: z.number(),
    rating: z.number(),
    hours: z.number(),
  }),
  at: iso,
  month: z.string(),
  reason: z.string().nullable(),
})
export type ServiceRecordView = z.infer<typeof serviceRecordViewSchema>

export const verifyServiceInputSchema = z
  .object({
    id: idSchema,
    clientRequestId,
    decision: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('verify') }).strict(),
      z.object({ kind: z.literal('reject'), reason: text(2, 200, '请写明原因') }).strict(),
    ]),
  })
  .strict()

export const yearSchema = z.number().int().min(2020).max(2100)
export const monthSchema = z.number().int().min(1).max(12)

/** The caller's own records; a grid leader's pending queue (`gridId`); anyone's for staff. */
export const recordsInputSchema = pageInputSchema
  .extend({
    memberId: idSchema.optional(),
    gridId: idSchema.optional(),
    status: serviceStatusSchema.optional(),
  })
  .strict()
export const recordsOutputSchema = pageSchema(serviceRecordViewSchema)

export const summaryRowSchema = z.object({
  memberId: idSchema,
  name: z.string(),
  unitName: z.string().nullable(),
  services: z.number().int(),
  hours: z.number(),
  points: z.number(),
  pledgesKept: z.number().int(),
  pledgesDue: z.number().int(),
})
export type SummaryRow = z.infer<typeof summaryRowSchema>

export const summaryInputSchema = z
  .object({
    year: yearSchema,
    month: monthSchema.optional(),
    /** Staff: one member, or the members of one unit (for its Party organisation). */
    memberId: idSchema.optional(),
    unitId: idSchema.optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict()
export const summaryOutputSchema = z.object({
  period: z.string(),
  /** Ranked by points, highest first. */
  rows: z.array(summaryRowSchema),
  /** Points, services and hours per month of the year, for the caller's own or one member's view. */
  byMonth: z.array(
    z.object({ month: z.string(), points: z.number(), services: z.number(), hours: z.number() }),
  ),
  csv: z.string().nullable(),
})
export type SummaryOutput = z.infer<typeof summaryOutputSchema>

export const pointsRulesInputSchema = z.object({}).strict()
export const pointsRulesOutputSchema = z.object({ rules: pointsRulesSchema })
export const setPointsRulesInputSchema = z
  .object({ rules: pointsRulesSchema, clientRequestId })
  .strict()

/** 亮身份: the member's own photo for their card, uploaded under `members/<person id>/`; null removes it. */
export const setPhotoInputSchema = z
  .object({ photo: photoIdSchema.nullable(), clientRequestId })
  .strict()

export const awardBadgeInputSchema = z
  .object({ memberId: idSchema, badge: memberBadgeSchema, awarded: z.boolean(), clientRequestId })
  .strict()

export type ListMembersOutput = z.infer<typeof listMembersOutputSchema>
