// meetings.get: one meeting with its decisions' progress, for those who may read it (else NOT_FOUND).
import type { ActionOutput, ParsedInput } from '@linli/types'
import { notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { mayRead, meetingView } from './meeting-views'

export const getMeeting = async (
  input: ParsedInput<'meetings', 'get'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'meetings', 'get'>> => {
  const m = await deps.meetings.get(input.id)
  if (!m || !mayRead(m, caller)) throw notFound('meeting')
  return meetingView(m, caller)
}
