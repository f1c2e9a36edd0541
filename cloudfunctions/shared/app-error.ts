// A failure a use case reports on purpose: a stable code the entry turns into an error envelope.
import type { ErrorCode, Issue } from '@linli/types'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`)
export const forbidden = (why: string): AppError => new AppError('AUTH.FORBIDDEN', why)
export const invalidInput = (message: string, issues: Issue[]): AppError =>
  new AppError('INPUT.INVALID', message, issues)
