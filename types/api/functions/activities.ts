// The `activities` function's actions: input schema → output schema → roles allowed.
import { action, ORGANISERS } from '../spec'
import * as activities from '../activities'

export const activitiesApi = {
  create: action(
    activities.createActivityInputSchema,
    activities.activityViewSchema,
    ORGANISERS,
    'write',
  ),
  list: action(
    activities.listActivitiesInputSchema,
    activities.listActivitiesOutputSchema,
    'anyone',
  ),
  signUp: action(activities.signUpInputSchema, activities.activityViewSchema, 'anyone', 'write'),
  cancelSignUp: action(
    activities.cancelSignUpInputSchema,
    activities.activityViewSchema,
    'anyone',
    'write',
  ),
  checkInCode: action(
    activities.checkInCodeInputSchema,
    activities.checkInCodeOutputSchema,
    ORGANISERS,
  ),
  checkIn: action(activities.checkInInputSchema, activities.checkInOutputSchema, 'anyone', 'write'),
} as const
