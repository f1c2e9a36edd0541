// Who the caller is (org.me), fetched once per launch and shared by every page that needs it.
import type { Me } from '@linli/types'
import { call } from './client'

let pending: Promise<Me> | null = null

export const loadMe = (options: { fresh?: boolean } = {}): Promise<Me> => {
  if (!pending || options.fresh) {
    pending = call('org', 'me', {}).catch((error: unknown) => {
      pending = null
      throw error
    })
  }
  return pending
}

/** After the H5 identity changes, the next page must ask again. */
export const forgetMe = (): void => {
  pending = null
}
