// Checks an action's input with the contract's own schema before sending: the first Chinese message.
import {
  acceptInputSchema,
  assignInputSchema,
  cancelInputSchema,
  claimInputSchema,
  confirmInputSchema,
  followInputSchema,
  progressInputSchema,
  recordFollowUpInputSchema,
  rejectInputSchema,
  reopenInputSchema,
  reportBackInputSchema,
  resolveInputSchema,
  startInputSchema,
  transferInputSchema,
} from '@linli/types'
import type { RequestAction } from '@linli/types'
import type { ZodTypeAny } from 'zod'

const SCHEMAS: Record<RequestAction, ZodTypeAny> = {
  accept: acceptInputSchema,
  claim: claimInputSchema,
  assign: assignInputSchema,
  transfer: transferInputSchema,
  reject: rejectInputSchema,
  start: startInputSchema,
  progress: progressInputSchema,
  resolve: resolveInputSchema,
  confirm: confirmInputSchema,
  reopen: reopenInputSchema,
  cancel: cancelInputSchema,
  follow: followInputSchema,
  recordFollowUp: recordFollowUpInputSchema,
  reportBack: reportBackInputSchema,
}

const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text)

/** null when the input is valid; else the schema's first message (a generic one if English). */
export const checkActionInput = (action: RequestAction, input: unknown): string | null => {
  const parsed = SCHEMAS[action].safeParse(input)
  if (parsed.success) return null
  const first = parsed.error.issues[0]?.message ?? ''
  return hasChinese(first) ? first : '填写的内容有误，请检查后再提交'
}
