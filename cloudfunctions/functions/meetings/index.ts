// Entry of the `meetings` function: 议事会 meetings, their decisions' progress, and hot spots (issue 11 §3).
import { meetingsApi } from '@linli/types/api/functions/meetings'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { getMeeting } from '../../use-cases/meetings/get-meeting'
import { hotSpots } from '../../use-cases/meetings/hot-spots'
import { listMeetings } from '../../use-cases/meetings/list-meetings'
import { recordMeeting } from '../../use-cases/meetings/record-meeting'
import { updateDecision } from '../../use-cases/meetings/update-decision'

export const handlers: Handlers<'meetings'> = {
  record: recordMeeting,
  list: listMeetings,
  get: getMeeting,
  updateDecision,
  hotSpots,
}

/** The meeting get and updateDecision name is read while the caller is looked up. */
const readAhead: ReadAhead<'meetings'> = (_action, input, _openid, deps) => {
  const { id, meetingId } = input as { id?: unknown; meetingId?: unknown }
  const target = typeof id === 'string' ? id : meetingId
  if (typeof target === 'string') deps.meetings.readAhead(target)
}

export const main = createMain(
  'meetings',
  meetingsApi,
  handlers,
  () => composeDeps(),
  undefined,
  readAhead,
)
