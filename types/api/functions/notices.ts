// The `notices` function's actions: input schema → output schema → roles allowed.
import { action, SENDERS, KNOCKERS } from '../spec'
import {
  doorKnockListInputSchema,
  doorKnockListOutputSchema,
  inboxInputSchema,
  inboxOutputSchema,
  listHeldInputSchema,
  listHeldOutputSchema,
  listSentInputSchema,
  listSentOutputSchema,
  markVisitedInputSchema,
  markVisitedOutputSchema,
  noticeDetailSchema,
  noticeStatsSchema,
  readNoticeInputSchema,
  reviewInputSchema,
  reviewOutputSchema,
  sendNoticeInputSchema,
  sendNoticeOutputSchema,
  statsInputSchema,
  subscribeInputSchema,
  subscribeOutputSchema,
  targetsInputSchema,
  targetsOutputSchema,
  templatesInputSchema,
  templatesOutputSchema,
} from '../notices'

export const noticesApi = {
  send: action(sendNoticeInputSchema, sendNoticeOutputSchema, SENDERS, 'write'),
  inbox: action(inboxInputSchema, inboxOutputSchema, 'anyone'),
  /** Opening a notice records the receipt: a write. */
  read: action(readNoticeInputSchema, noticeDetailSchema, 'anyone', 'write'),
  stats: action(statsInputSchema, noticeStatsSchema, [...SENDERS, 'buildingLeader']),
  doorKnockList: action(doorKnockListInputSchema, doorKnockListOutputSchema, KNOCKERS),
  markVisited: action(markVisitedInputSchema, markVisitedOutputSchema, KNOCKERS, 'write'),
  listSent: action(listSentInputSchema, listSentOutputSchema, SENDERS),
  targets: action(targetsInputSchema, targetsOutputSchema, SENDERS),
  subscribe: action(subscribeInputSchema, subscribeOutputSchema, 'anyone', 'write'),
  templates: action(templatesInputSchema, templatesOutputSchema, 'anyone'),
  listHeld: action(listHeldInputSchema, listHeldOutputSchema, ['staff', 'admin']),
  review: action(reviewInputSchema, reviewOutputSchema, ['staff', 'admin'], 'write'),
} as const
