// Entry of the `activities` cloud function: create, list, sign up, the rotating check-in code, check-in.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
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

export const main = createMain('activities', handlers, () => composeDeps())
