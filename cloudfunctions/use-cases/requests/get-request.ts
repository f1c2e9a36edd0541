// requests.get: one request, in full or masked by who asks; unseen ones are NOT_FOUND (no leak).
import type { ParsedInput, RequestDetail } from '@linli/types'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { describeRequest } from './describe-request'

export const getRequest = async (
  input: ParsedInput<'requests', 'get'>,
  caller: Caller,
  deps: Deps,
): Promise<RequestDetail> => {
  const doc = await deps.requests.getById(input.id)
  if (!doc) throw notFound('request')
  return describeRequest(doc, caller, deps)
}
