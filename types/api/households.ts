// The `org` function's household actions (issue 11 §4): import households and residents from a
// spreadsheet (dry run first), and verify a newcomer into a household (grid leader or invite code).
import { z } from 'zod'
import { idSchema } from '../vocabulary'

/** A file's text (CSV) or base64 (XLSX); 4 MB covers a whole community's roster many times. */
export const importHouseholdsInputSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    content: z.string().min(1).max(4_000_000),
    dryRun: z.boolean(),
  })
  .strict()
export const importIssueSchema = z.object({
  row: z.number().int().min(1),
  column: z.string(),
  reason: z.string(),
})
export type ImportIssueView = z.infer<typeof importIssueSchema>
export const importHouseholdsOutputSchema = z.object({
  dryRun: z.boolean(),
  /** True once the rows are written (never on a dry run, never with an issue). */
  imported: z.boolean(),
  rows: z.number().int(),
  households: z.number().int(),
  residents: z.number().int(),
  issues: z.array(importIssueSchema),
})
export type ImportHouseholdsResult = z.infer<typeof importHouseholdsOutputSchema>

const roomSchema = z.string().trim().min(1).max(20)
const nameSchema = z.string().trim().min(1).max(20)

export const requestJoinInputSchema = z
  .object({
    buildingId: idSchema,
    room: roomSchema,
    name: nameSchema,
    phone: z.string().trim().max(20).optional(),
  })
  .strict()
export const joinRequestViewSchema = z.object({
  id: idSchema,
  status: z.enum(['pending', 'approved', 'rejected']),
  buildingName: z.string(),
  room: z.string(),
  createdAt: z.string().datetime(),
  reason: z.string().nullable(),
})
export type JoinRequestView = z.infer<typeof joinRequestViewSchema>

export const listJoinRequestsInputSchema = z.object({}).strict()
/** For the grid leader who checks them: names, phones and rooms are what they verify. */
export const listJoinRequestsOutputSchema = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      phone: z.string().nullable(),
      buildingName: z.string(),
      room: z.string(),
      createdAt: z.string().datetime(),
      /** Whether the name is on the household's imported roster. */
      onRoster: z.boolean(),
    }),
  ),
})
export type JoinRequestItem = z.infer<typeof listJoinRequestsOutputSchema>['items'][number]

export const decideJoinInputSchema = z
  .object({
    id: idSchema,
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export const decideJoinOutputSchema = z.object({
  id: idSchema,
  status: z.enum(['approved', 'rejected']),
})

/** A resident invites their own household; the grid leader names one of their grid. */
export const createInviteCodeInputSchema = z
  .object({
    householdId: idSchema.optional(),
    /** How many family members may join with it (single-use unless said). */
    uses: z.number().int().min(1).max(5).default(1),
  })
  .strict()
export const createInviteCodeOutputSchema = z.object({
  code: z.string(),
  expiresAt: z.string().datetime(),
  uses: z.number().int(),
})
export type InviteCodeView = z.infer<typeof createInviteCodeOutputSchema>

export const joinHouseholdInputSchema = z
  .object({ code: z.string().trim().min(4).max(16), name: nameSchema })
  .strict()
export const joinHouseholdOutputSchema = z.object({
  householdId: idSchema,
  room: z.string(),
  buildingName: z.string(),
})
