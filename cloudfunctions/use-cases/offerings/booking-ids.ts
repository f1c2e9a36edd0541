// One booking per person per slot, one sign-up per person per activity: the id says which.
import { idFor } from '../members/ids'

export const bookingIdOf = (slotId: string, personId: string): string =>
  idFor('bk', slotId, personId)

export const signUpIdOf = (activityId: string, personId: string): string =>
  idFor('su', activityId, personId)

/** A slot's id is its offering's id and its number (`<offering id>-<n>`, see publish-offering). */
export const slotIdOf = (offeringId: string, n: number): string => `${offeringId}-${n}`

/** The offering a slot id names, so both are read together while the caller is looked up. */
export const offeringIdOfSlot = (slotId: string): string | null => {
  const match = /^(.+)-\d+$/.exec(slotId)
  return match?.[1] ?? null
}
