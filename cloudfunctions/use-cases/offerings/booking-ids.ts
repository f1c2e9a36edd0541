// One booking per person per slot, one sign-up per person per activity: the id says which.
import { idFor } from '../members/ids'

export const bookingIdOf = (slotId: string, personId: string): string =>
  idFor('bk', slotId, personId)

export const signUpIdOf = (activityId: string, personId: string): string =>
  idFor('su', activityId, personId)
