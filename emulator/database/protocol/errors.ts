// CloudBase database error codes and the messages its server answers with, as one error type.

/** The codes CloudBase's /admin database API answers with (the SDK throws them as `err.code`). */
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'SYS_ERR'

/** An answer-able failure: codes survive the HTTP hop, `instanceof` does not. */
export class DbError extends Error {
  readonly code: DbErrorCode

  constructor(code: DbErrorCode, message: string) {
    super(message)
    this.code = code
    this.name = 'DbError'
  }
}

// CloudBase suffixes its messages with this sentence; keeping it makes logs read the same locally.
const TAIL = 'Please check your request, but if the problem persists, contact us.'

export const collectionNotExist = (name: string): DbError =>
  new DbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist: ${name}. ${TAIL}`,
  )

export const collectionAlreadyExist = (name: string): DbError =>
  new DbError(
    'DATABASE_COLLECTION_ALREADY_EXIST',
    `[ResourceUnavailable.ResourceExist] Table exist: ${name}. ${TAIL}`,
  )

export const duplicateWrite = (collection: string, index: string, key: string): DbError =>
  new DbError(
    'DATABASE_DUPLICATE_WRITE',
    `[ResourceUnavailable.DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}. ${TAIL}`,
  )

/** A query, update or pipeline MongoDB would refuse (unknown operator, bad operand…). */
export const badRequest = (detail: string): DbError =>
  new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${detail}. ${TAIL}`)

export const invalidParam = (detail: string): DbError =>
  new DbError('INVALID_PARAM', `[InvalidParameter] ${detail}. ${TAIL}`)

export const transactionConflict = (): DbError =>
  new DbError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${TAIL}`,
  )

export const transactionNotExist = (): DbError =>
  new DbError(
    'DATABASE_TRANSACTION_FAIL',
    `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. ${TAIL}`,
  )
