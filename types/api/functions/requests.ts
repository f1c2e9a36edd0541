// The `requests` function's actions: input schema → output schema → roles allowed.
import type { z } from 'zod'
import { action, type Audience, LEADERS, HANDLERS } from '../spec'
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
  reportOnBehalfInputSchema,
  resolveInputSchema,
  startInputSchema,
  transferInputSchema,
} from '../request-actions'
import {
  getRequestInputSchema,
  listBoardInputSchema,
  listForGridInputSchema,
  listMineInputSchema,
  listMyTasksInputSchema,
  reportRequestInputSchema,
  reportRequestOutputSchema,
  requestDetailSchema,
  requestPageSchema,
  similarInputSchema,
  similarOutputSchema,
} from '../requests'

/** A lifecycle action answers with the request as the caller now sees it. */
const lifecycle = <I extends z.ZodTypeAny>(input: I, roles: Audience) =>
  action(input, requestDetailSchema, roles, 'write')

export const requestsApi = {
  report: action(reportRequestInputSchema, reportRequestOutputSchema, 'anyone', 'write'),
  reportOnBehalf: action(reportOnBehalfInputSchema, reportRequestOutputSchema, LEADERS, 'write'),
  get: action(getRequestInputSchema, requestDetailSchema, 'anyone'),
  similar: action(similarInputSchema, similarOutputSchema, 'anyone'),
  listMine: action(listMineInputSchema, requestPageSchema, 'anyone'),
  listForGrid: action(listForGridInputSchema, requestPageSchema, [
    'gridLeader',
    'member',
    'staff',
    'admin',
  ]),
  listBoard: action(listBoardInputSchema, requestPageSchema, ['member', 'teamCaptain']),
  listMyTasks: action(listMyTasksInputSchema, requestPageSchema, [
    'member',
    'teamCaptain',
    'unitLiaison',
  ]),
  accept: lifecycle(acceptInputSchema, LEADERS),
  claim: lifecycle(claimInputSchema, ['member', 'teamCaptain']),
  assign: lifecycle(assignInputSchema, LEADERS),
  transfer: lifecycle(transferInputSchema, LEADERS),
  reject: lifecycle(rejectInputSchema, LEADERS),
  start: lifecycle(startInputSchema, HANDLERS),
  progress: lifecycle(progressInputSchema, HANDLERS),
  resolve: lifecycle(resolveInputSchema, HANDLERS),
  confirm: lifecycle(confirmInputSchema, 'anyone'),
  reopen: lifecycle(reopenInputSchema, 'anyone'),
  cancel: lifecycle(cancelInputSchema, 'anyone'),
  follow: lifecycle(followInputSchema, 'anyone'),
  recordFollowUp: lifecycle(recordFollowUpInputSchema, LEADERS),
  reportBack: lifecycle(reportBackInputSchema, ['staff', 'admin']),
} as const
