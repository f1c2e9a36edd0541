// Freshness: every successful action bumps one version that lists and details compare on return.
import { markRequestsChanged, onRequestsChanged, requestsVersion } from './request-freshness'

describe('request freshness', () => {
  it('bumps the version on each change and tells listeners until they unsubscribe', () => {
    // GIVEN a listener and the current version
    const before = requestsVersion()
    const listener = jest.fn()
    const stop = onRequestsChanged(listener)

    // WHEN two actions succeed, the listener leaves, and a third succeeds
    markRequestsChanged()
    markRequestsChanged()
    stop()
    markRequestsChanged()

    // THEN the version moved three times and the listener heard two
    expect(requestsVersion()).toBe(before + 3)
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
