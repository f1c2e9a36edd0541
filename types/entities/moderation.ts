// Moderation (DESIGN §5): texts msgSecCheck answered `review` wait in one queue for staff, whatever
// their kind, and images WeChat's asynchronous media check is still looking at.
import { z } from 'zod'
import { idSchema } from '../vocabulary'

/**
 * What a held text belongs to: a notice (held whole until approved), a request's text (its
 * description or a note: the people who act on the request see it, the public sees 内容审核中),
 * a pledge or one of its progress notes, a member's service note (stored as 内容审核中 until
 * approved, the text itself waiting here).
 */
export const heldKindSchema = z.enum([
  'notice',
  'requestText',
  'pledge',
  'pledgeProgress',
  'serviceNote',
])
export type HeldKind = z.infer<typeof heldKindSchema>

export const moderationStatusSchema = z.enum(['held', 'approved', 'rejected'])
export type ModerationStatus = z.infer<typeof moderationStatusSchema>

/** Shown in place of a text while staff look at it, and after they refuse it. */
export const HELD_TEXT = '内容审核中'
export const REJECTED_TEXT = '内容未通过审核'

export const moderationDocSchema = z.object({
  /** One item per (kind, ref, text): a retried write holds the same text once. */
  _id: idSchema,
  communityId: idSchema,
  kind: heldKindSchema,
  /** The notice, request, pledge or service record the text belongs to. */
  refId: idSchema,
  /** Which text of it, where it has several: a progress note's time; else null. */
  slot: z.string().nullable(),
  /** The text's hash as the holding document keeps it (request texts). */
  textHash: z.string(),
  text: z.string(),
  authorId: idSchema.nullable(),
  authorName: z.string(),
  /** For staff: "通知：本周六停水通知", "诉求描述" … */
  label: z.string(),
  status: moderationStatusSchema,
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
  decidedBy: idSchema.nullable(),
})
export type ModerationDoc = z.infer<typeof moderationDocSchema>

/** What an image belongs to, while WeChat's media check (its verdict is pushed later) runs. */
export const mediaOwnerKindSchema = z.enum(['notice', 'request'])
export type MediaOwnerKind = z.infer<typeof mediaOwnerKindSchema>

export const mediaCheckDocSchema = z.object({
  /** WeChat's trace_id: the push names only it, so it is the key. */
  _id: z.string().min(1),
  /** Null while only the verdict is known: the push came before the check was recorded. */
  communityId: idSchema.nullable(),
  ownerKind: mediaOwnerKindSchema.nullable(),
  ownerId: idSchema.nullable(),
  fileId: z.string().nullable(),
  status: z.enum(['pending', 'pass', 'risky', 'review']),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
})
export type MediaCheckDoc = z.infer<typeof mediaCheckDocSchema>
