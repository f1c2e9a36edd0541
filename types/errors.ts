// Error codes shared by functions and app: codes survive process boundaries, `instanceof` does not.
import { z } from 'zod'

export const ERROR_CODES = [
  'INPUT.INVALID',
  'ACTION.UNKNOWN',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'NOT_FOUND',
  'REQUEST.BUILDING_REQUIRED',
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
