// Households' residents on file, newcomers' requests to join a household, and invite codes
// (issue 11 §4: 住户导入 and 入户核验).
import { z } from 'zod'
import { idSchema } from '../vocabulary'

/**
 * A resident on the household's roster, as imported from the community's spreadsheet: a name
 * (and phone) the grid leader checks a newcomer against; not a WeChat user until one joins.
 */
export const residentEntrySchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  householdId: idSchema,
  buildingId: idSchema,
  name: z.string(),
  phone: z.string().nullable(),
  /** The import that wrote it: a retried import of the same file finds its own rows. */
  importId: z.string(),
})
export type ResidentEntry = z.infer<typeof residentEntrySchema>

export const joinStatusSchema = z.enum(['pending', 'approved', 'rejected'])
export type JoinStatus = z.infer<typeof joinStatusSchema>

/** A newcomer asks the grid leader to verify them into a flat (one open request per openid). */
export const joinRequestSchema = z.object({
  _id: idSchema,
  communityId: idSchema,
  gridId: idSchema,
  buildingId: idSchema,
  householdId: idSchema,
  room: z.string(),
  openid: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  status: joinStatusSchema,
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
  decidedBy: idSchema.nullable(),
  reason: z.string().nullable(),
})
export type JoinRequest = z.infer<typeof joinRequestSchema>

/** 邀请家人: stored under the code's hash (the code itself is never stored), used up or expired. */
export const inviteCodeSchema = z.object({
  _id: z.string(),
  communityId: idSchema,
  householdId: idSchema,
  /** The flat's building and room, so joining answers without reading the household again. */
  buildingId: idSchema,
  room: z.string(),
  createdBy: idSchema,
  createdAt: z.date(),
  expiresAt: z.date(),
  usesLeft: z.number().int().min(0),
})
export type InviteCode = z.infer<typeof inviteCodeSchema>
