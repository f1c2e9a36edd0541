// What issue 11 stores for 供需菜单's supply side and for activities (DESIGN §6): offerings with
// their slots and bookings, activities with their sign-ups. Counters and id lists live on the slot
// and the activity, so one conditional write decides capacity and one-per-person together.
import { z } from 'zod'
import { idSchema } from '../vocabulary'

/** What the menu groups by: the services the case study's units and teams offer. */
export const OFFERING_CATEGORIES = [
  'clinic',
  'legal',
  'pipeCheck',
  'tutoring',
  'elderCare',
  'repair',
  'culture',
  'other',
] as const
export const offeringCategorySchema = z.enum(OFFERING_CATEGORIES)
export type OfferingCategory = z.infer<typeof offeringCategorySchema>

/** Who may book: everyone, the residents of one grid, or the elderly (60 and over). */
export const offeringAudienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyone') }).strict(),
  z.object({ kind: z.literal('grid'), gridId: idSchema }).strict(),
  z.object({ kind: z.literal('elderly') }).strict(),
])
export type OfferingAudience = z.infer<typeof offeringAudienceSchema>

/** 老年人: 60 and over (老年人权益保障法 第二条). */
export const ELDERLY_AGE = 60

export const providerKindSchema = z.enum(['team', 'unit'])
export type ProviderKind = z.infer<typeof providerKindSchema>

export const offeringDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  title: z.string(),
  category: offeringCategorySchema,
  description: z.string(),
  provider: z.object({ kind: providerKindSchema, id: idSchema, name: z.string() }),
  audience: offeringAudienceSchema,
  /** The person who published it (a captain, a liaison or staff). */
  publishedBy: idSchema,
  createdAt: z.date(),
})
export type OfferingDoc = z.infer<typeof offeringDocSchema>

export const offeringSlotDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  offeringId: idSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  place: z.string(),
  capacity: z.number().int().min(1),
  /** Places taken: always the length of `bookers`, both changed by one conditional write. */
  booked: z.number().int().min(0),
  /** Person ids holding a place. */
  bookers: z.array(idSchema),
  /** Set once the provider marked who came: the slot takes no more bookings or cancellations. */
  attendanceMarkedAt: z.date().nullable(),
  createdAt: z.date(),
})
export type OfferingSlotDoc = z.infer<typeof offeringSlotDocSchema>

export const bookingStatusSchema = z.enum(['booked', 'cancelled', 'attended', 'absent'])
export type BookingStatus = z.infer<typeof bookingStatusSchema>

/** One person's booking of one slot (its id comes from the two, so there is one at most). */
export const bookingDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  offeringId: idSchema,
  slotId: idSchema,
  personId: idSchema,
  /** Personal data for the provider only: never on a list anyone else reads. */
  name: z.string(),
  phone: z.string().nullable(),
  status: bookingStatusSchema,
  /** Copied from the offering and slot, so "my bookings" needs one read. */
  title: z.string(),
  category: offeringCategorySchema,
  providerName: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  place: z.string(),
  /** The app's key of the booking call: the same call retried answers with this booking. */
  clientRequestId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
})
export type BookingDoc = z.infer<typeof bookingDocSchema>

export const activityDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  title: z.string(),
  description: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  place: z.string(),
  capacity: z.number().int().min(1),
  signUpDeadline: z.date(),
  /** Volunteer hours a member is credited with for attending. */
  hours: z.number().int().min(0),
  organiser: z.object({
    personId: idSchema,
    /** The captain's team, or null when staff organise it for the community. */
    teamId: idSchema.nullable(),
    /** What the public sees: the team's or the community's name, never a person's. */
    name: z.string(),
  }),
  signedUp: z.number().int().min(0),
  participants: z.array(idSchema),
  /** The key of the rotating check-in code (hex): never leaves the functions. */
  checkInSecret: z.string().min(32),
  createdAt: z.date(),
})
export type ActivityDoc = z.infer<typeof activityDocSchema>

export const signUpStatusSchema = z.enum(['signedUp', 'cancelled'])
export type SignUpStatus = z.infer<typeof signUpStatusSchema>

export const signUpDocSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  activityId: idSchema,
  personId: idSchema,
  name: z.string(),
  phone: z.string().nullable(),
  /** A Party member: their check-in becomes a service record with the activity's hours. */
  member: z.boolean(),
  status: signUpStatusSchema,
  checkedInAt: z.date().nullable(),
  clientRequestId: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
})
export type SignUpDoc = z.infer<typeof signUpDocSchema>
