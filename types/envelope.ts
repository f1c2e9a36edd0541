// The one response shape of every function action: `{ ok: true, data } | { ok: false, error }`.
import type { ErrorBody } from './errors'

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data })
export const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error })
