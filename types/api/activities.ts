// The `activities` function's actions (DESIGN §6, issue 11): create, list, sign up and cancel, the
// organiser's rotating check-in code, and check-in at the door.
import { z } from 'zod'
import { signUpStatusSchema } from '../entities/offering'
import { pageInputSchema } from '../pagination'
import { idSchema } from '../vocabulary'

export const ACTIVITY_CAPACITY_MAX = 500
const iso = z.string().datetime()
const instant = z.string().datetime({ offset: true, message: '时间格式无效' })
const clientRequestId = z.string().min(8).max(64)
const text = (min: number, max: number, required: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, `最多 ${max} 个字`)

export const createActivityInputSchema = z
  .object({
    title: text(2, 40, '请填写活动名称'),
    description: z.string().trim().max(500, '最多 500 个字').default(''),
    startsAt: instant,
    endsAt: instant,
    place: text(2, 60, '请填写地点'),
    capacity: z
      .number()
      .int('名额应为整数')
      .min(1, '至少 1 个名额')
      .max(ACTIVITY_CAPACITY_MAX, `最多 ${ACTIVITY_CAPACITY_MAX} 个名额`),
    signUpDeadline: instant,
    /** Volunteer hours credited to members who check in (default: the activity's length). */
    hours: z.number().int('请填写整数小时').min(0).max(12, '最多 12 小时').optional(),
    clientRequestId,
  })
  .strict()
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    message: '结束时间应晚于开始时间',
    path: ['endsAt'],
  })
  .refine((a) => Date.parse(a.signUpDeadline) <= Date.parse(a.startsAt), {
    message: '报名截止不能晚于活动开始',
    path: ['signUpDeadline'],
  })

export const activityPhaseSchema = z.enum(['signUp', 'closed', 'ongoing', 'ended'])
export type ActivityPhase = z.infer<typeof activityPhaseSchema>

/** What anyone sees: no participant's name, the organiser as a team or the community. */
export const activityViewSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  startsAt: iso,
  endsAt: iso,
  place: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  left: z.number().int(),
  signUpDeadline: iso,
  hours: z.number().int(),
  organiserName: z.string(),
  phase: activityPhaseSchema,
  mySignUp: z
    .object({ id: idSchema, status: signUpStatusSchema, checkedIn: z.boolean() })
    .nullable(),
  /** The caller organises it (or is staff): they show the check-in code. */
  manages: z.boolean(),
  createdAt: iso,
})
export type ActivityView = z.infer<typeof activityViewSchema>

export const listActivitiesInputSchema = pageInputSchema
  .extend({ organised: z.boolean().default(false) })
  .strict()
export const listActivitiesOutputSchema = z.object({
  items: z.array(activityViewSchema),
  nextCursor: z.string().nullable(),
})
export type ListActivitiesOutput = z.infer<typeof listActivitiesOutputSchema>

export const signUpInputSchema = z.object({ id: idSchema, clientRequestId }).strict()
export const cancelSignUpInputSchema = z.object({ id: idSchema, clientRequestId }).strict()

export const checkInCodeInputSchema = z.object({ id: idSchema }).strict()
export const checkInCodeOutputSchema = z.object({
  activityId: idSchema,
  /** The minute the code belongs to (minutes since the epoch). */
  window: z.number().int(),
  code: z.string(),
  /** What the QR code holds: scanned by the mini-program, opened as a link locally. */
  payload: z.string(),
  validUntil: iso,
  checkedIn: z.number().int(),
})
export type CheckInCodeOutput = z.infer<typeof checkInCodeOutputSchema>

export const CHECK_IN_CODE_PATTERN = /^\d{6}$/
export const checkInInputSchema = z
  .object({
    id: idSchema,
    window: z.number().int().min(0).max(1e9),
    code: z.string().regex(CHECK_IN_CODE_PATTERN, '签到码应为 6 位数字'),
    clientRequestId,
  })
  .strict()
export const checkInOutputSchema = z.object({
  activityId: idSchema,
  title: z.string(),
  checkedInAt: iso,
  /** Volunteer hours credited (members only; 0 for residents). */
  hours: z.number().int(),
})
export type CheckInOutput = z.infer<typeof checkInOutputSchema>

/** What the QR code holds: the activity, the minute and its code, one line the app can parse. */
export const checkInPayload = (activityId: string, window: number, code: string): string =>
  `linli:check-in:${activityId}:${window}:${code}`

export const parseCheckInPayload = (
  payload: string,
): { activityId: string; window: number; code: string } | null => {
  const match = /^linli:check-in:([^:]{1,64}):(\d{1,10}):(\d{6})$/.exec(payload.trim())
  if (!match) return null
  return { activityId: match[1] ?? '', window: Number(match[2]), code: match[3] ?? '' }
}
