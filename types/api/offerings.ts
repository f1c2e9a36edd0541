// The `offerings` function's actions (DESIGN §6, issue 11): 供需菜单's supply side — publish, the
// menu, book, cancel, the bookings (mine, or a slot's for its provider) and attendance.
import { z } from 'zod'
import {
  bookingStatusSchema,
  offeringAudienceSchema,
  offeringCategorySchema,
  providerKindSchema,
} from '../entities/offering'
import { pageInputSchema } from '../pagination'
import { idSchema } from '../vocabulary'

export const SLOT_CAPACITY_MAX = 200
export const SLOTS_MAX = 20
const iso = z.string().datetime()
/** An instant as the app sends it: ISO 8601 with its offset (`2026-12-05T09:00:00+08:00`). */
const instant = z.string().datetime({ offset: true, message: '时间格式无效' })
const clientRequestId = z.string().min(8).max(64)
const text = (min: number, max: number, required: string) =>
  z.string({ required_error: required }).trim().min(min, required).max(max, `最多 ${max} 个字`)
const place = z.object({ id: idSchema, name: z.string() })

export const slotInputSchema = z
  .object({
    startsAt: instant,
    endsAt: instant,
    place: text(2, 60, '请填写地点'),
    capacity: z
      .number()
      .int('名额应为整数')
      .min(1, '至少 1 个名额')
      .max(SLOT_CAPACITY_MAX, `每场最多 ${SLOT_CAPACITY_MAX} 个名额`),
  })
  .strict()
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: '结束时间应晚于开始时间',
    path: ['endsAt'],
  })

export const publishInputSchema = z
  .object({
    title: text(2, 40, '请填写服务名称'),
    category: offeringCategorySchema,
    description: z.string().trim().max(500, '最多 500 个字').default(''),
    /** The caller's team or unit (staff may name any). */
    provider: z.object({ kind: providerKindSchema, id: idSchema }).strict(),
    audience: offeringAudienceSchema,
    slots: z.array(slotInputSchema).min(1, '至少安排一场').max(SLOTS_MAX, `最多 ${SLOTS_MAX} 场`),
    clientRequestId,
  })
  .strict()

export const slotViewSchema = z.object({
  id: idSchema,
  startsAt: iso,
  endsAt: iso,
  place: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  left: z.number().int(),
  /** Bookable now: not over, attendance not yet marked. */
  open: z.boolean(),
  /** The caller's own booking of this slot, if any. */
  myBooking: z.object({ id: idSchema, status: bookingStatusSchema }).nullable(),
})
export type SlotView = z.infer<typeof slotViewSchema>

/** What anyone sees on the menu: no person's name or phone. */
export const offeringViewSchema = z.object({
  id: idSchema,
  title: z.string(),
  category: offeringCategorySchema,
  description: z.string(),
  provider: z.object({ kind: providerKindSchema, id: idSchema, name: z.string() }),
  audience: z.object({ kind: z.enum(['everyone', 'grid', 'elderly']), grid: place.nullable() }),
  /** Whether the caller is among who may book. */
  mayBook: z.boolean(),
  /** The caller provides it: they see its bookings and mark attendance. */
  provides: z.boolean(),
  slots: z.array(slotViewSchema),
  createdAt: iso,
})
export type OfferingView = z.infer<typeof offeringViewSchema>

export const listOfferingsInputSchema = pageInputSchema
  .extend({
    category: offeringCategorySchema.optional(),
    /** Only what the caller provides (their team's or unit's). */
    mine: z.boolean().default(false),
  })
  .strict()
export const listOfferingsOutputSchema = z.object({
  items: z.array(offeringViewSchema),
  nextCursor: z.string().nullable(),
})
export type ListOfferingsOutput = z.infer<typeof listOfferingsOutputSchema>

export const bookInputSchema = z.object({ slotId: idSchema, clientRequestId }).strict()
export const cancelBookingInputSchema = z.object({ id: idSchema, clientRequestId }).strict()

export const bookingViewSchema = z.object({
  id: idSchema,
  status: bookingStatusSchema,
  offering: z.object({
    id: idSchema,
    title: z.string(),
    category: offeringCategorySchema,
    providerName: z.string(),
  }),
  slot: z.object({ id: idSchema, startsAt: iso, endsAt: iso, place: z.string() }),
  /** Who booked: filled for the provider only, null in the booker's own list. */
  person: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  mayCancel: z.boolean(),
  createdAt: iso,
})
export type BookingView = z.infer<typeof bookingViewSchema>

/** Without `slotId`: the caller's own bookings. With it: the slot's bookings, for its provider. */
export const bookingsInputSchema = pageInputSchema.extend({ slotId: idSchema.optional() }).strict()
export const bookingsOutputSchema = z.object({
  items: z.array(bookingViewSchema),
  nextCursor: z.string().nullable(),
  /** The provider's view: the slot, and the members who may be credited with serving it. */
  slot: slotViewSchema.nullable(),
  servers: z.array(place),
})
export type BookingsOutput = z.infer<typeof bookingsOutputSchema>

export const markAttendanceInputSchema = z
  .object({
    slotId: idSchema,
    /** The bookings whose holders came; every other booking of the slot is marked absent. */
    attended: z.array(idSchema).max(SLOT_CAPACITY_MAX),
    /** The members who served (default: the caller, when a member): each gets a service record. */
    servedBy: z.array(idSchema).max(20).optional(),
    clientRequestId,
  })
  .strict()
export const markAttendanceOutputSchema = z.object({
  slotId: idSchema,
  attended: z.number().int(),
  absent: z.number().int(),
  /** The members credited, and how many hours each. */
  servedBy: z.array(place),
  hours: z.number(),
})
export type MarkAttendanceOutput = z.infer<typeof markAttendanceOutputSchema>
