// Entry of the `activities` cloud function: create, list, sign up, the rotating check-in code, check-in.
import { activitiesApi } from '@linli/types/api/functions/activities'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
import { checkIn, checkInCode } from '../../use-cases/activities/check-in'
import { createActivity } from '../../use-cases/activities/create-activity'
import { listActivities } from '../../use-cases/activities/list-activities'
import { cancelSignUp, signUp } from '../../use-cases/activities/sign-up'

export const handlers: Handlers<'activities'> = {
  create: createActivity,
  list: listActivities,
  signUp,
  cancelSignUp,
  checkInCode,
  checkIn,
}

/** The activity a call names is read while its caller is looked up (≤ 4 round trips in sequence). */
const readAhead: ReadAhead<'activities'> = (_action, input, _openid, deps) => {
  const { id } = input as { id?: unknown }
  if (typeof id === 'string') deps.activities.readAhead(id)
}

export const main = createMain(
  'activities',
  activitiesApi,
  handlers,
  () => composeDeps(),
  undefined,
  readAhead,
)
