// The `meetings` function's actions: input schema → output schema → roles allowed.
import { action, STAFF } from '../spec'
import * as meetings from '../meetings'

export const meetingsApi = {
  record: action(meetings.recordMeetingInputSchema, meetings.meetingViewSchema, STAFF, 'write'),
  list: action(meetings.listMeetingsInputSchema, meetings.listMeetingsOutputSchema, 'anyone'),
  get: action(meetings.getMeetingInputSchema, meetings.meetingViewSchema, 'anyone'),
  /** Staff, or the decision's owner (checked by the use case). */
  updateDecision: action(
    meetings.updateDecisionInputSchema,
    meetings.meetingViewSchema,
    'anyone',
    'write',
  ),
  hotSpots: action(meetings.hotSpotsInputSchema, meetings.hotSpotsOutputSchema, STAFF),
} as const
