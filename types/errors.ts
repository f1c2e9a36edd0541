// Error codes shared by functions and app: codes survive process boundaries, `instanceof` does not.
import { z } from 'zod'

export const ERROR_CODES = [
  'INPUT.INVALID',
  'ACTION.UNKNOWN',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'NOT_FOUND',
  'REQUEST.BUILDING_REQUIRED',
  /** Someone else claimed or was given the request a moment earlier. */
  'REQUEST.ALREADY_TAKEN',
  /** The request has moved on: the action no longer applies in its current state. */
  'REQUEST.INVALID_STATE',
  /** The reporter has already confirmed and rated it. */
  'REQUEST.ALREADY_RATED',
  /** Too many writes of this kind by one person in the window. */
  'RATE.LIMITED',
  /** The content check found the text risky (msgSecCheck `risky`): refused, nothing written. */
  'CONTENT.RISKY',
  /** The notice is no longer in a state this action applies to (already sent, reviewed…). */
  'NOTICE.INVALID_STATE',
  /** A held text was decided already, the other way (another staff member was quicker). */
  'MODERATION.ALREADY_DECIDED',
  /** 双报到: the caller is a member of the community already, or has a registration pending. */
  'MEMBER.ALREADY_REGISTERED',
  /** A pledge, registration or service record was settled already (e.g. by another reviewer). */
  'MEMBER.ALREADY_SETTLED',
  /** The evaluation round is not open today. */
  'EVALUATION.NOT_OPEN',
  /** This resident rated this member in this round already (once per round). */
  'EVALUATION.ALREADY_RATED',
  /** Issue 11: every place of the offering's slot is taken. */
  'OFFERING.SLOT_FULL',
  /** The caller holds a booking of this slot already (one per person per slot). */
  'OFFERING.ALREADY_BOOKED',
  /** The offering is for another grid, or for the elderly. */
  'OFFERING.NOT_ELIGIBLE',
  /** The slot is over, has started (no cancelling), or its attendance was marked. */
  'OFFERING.CLOSED',
  /** Every place of the activity is taken. */
  'ACTIVITY.FULL',
  'ACTIVITY.ALREADY_SIGNED_UP',
  /** Sign-up closed (past the deadline), or check-in is not open at this time. */
  'ACTIVITY.CLOSED',
  /** Check-in needs a sign-up first. */
  'ACTIVITY.NOT_SIGNED_UP',
  /** The check-in code belongs to a minute that is over: a photo or a replay of an old code. */
  'ACTIVITY.CODE_EXPIRED',
  'ACTIVITY.CODE_INVALID',
  'ACTIVITY.ALREADY_CHECKED_IN',
  /** Issue 11 §5: a figures period that is not calendar dates, ends before it starts, or spans over 366 days. */
  'FIGURES.PERIOD_INVALID',
  /** Issue 11 §4: another grid, building, unit or team of the community has this name already. */
  'ORG.NAME_TAKEN',
  /** The change would orphan what uses it (a building with households moved to another grid). */
  'ORG.IN_USE',
  /** A post (党员设岗) names a person who is not a Party member of the community. */
  'ORG.NOT_MEMBER',
  /** The rules were changed since the editor read them (another staff member saved first). */
  'RULES.STALE',
  /** The report names a category the community has switched off. */
  'RULES.CATEGORY_DISABLED',
  /** Issue 11 §3: a linked request (or named grid) is not one of the community's. */
  'MEETINGS.REQUEST_UNKNOWN',
  /** The decision cannot move to that status from where it is (e.g. done → planned). */
  'MEETINGS.DECISION_TRANSITION',
  /** The meeting changed meanwhile (another update was quicker): read it again. */
  'MEETINGS.CHANGED',
  /** Issue 11 §4: an import whose file has bad rows: nothing written (the issues list them). */
  'ORG.IMPORT_INVALID',
  /** The file is not a CSV or XLSX the import can read (or has no sheet). */
  'ORG.FILE_UNREADABLE',
  /** The caller is verified into a household already. */
  'ORG.ALREADY_VERIFIED',
  /** No household of that building has that room on file. */
  'ORG.HOUSEHOLD_NOT_FOUND',
  /** The invite code is unknown, expired or used up. */
  'ORG.INVITE_INVALID',
  /** The join request was approved or rejected already (by another leader a moment ago). */
  'ORG.JOIN_ALREADY_DECIDED',
  'INTERNAL',
] as const

export const errorCodeSchema = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof errorCodeSchema>

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
})
export type Issue = z.infer<typeof issueSchema>

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
})
export type ErrorBody = z.infer<typeof errorBodySchema>
