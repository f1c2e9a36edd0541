// The built 诉求详情 page from the requests subpackage: loads by id and shows exactly its actions.
import { waitFor } from '@testing-library/dom'
import { assertWeappBuilt, installCloud, launchApp, renderPage, textOf } from './harness'
import { makeDetail } from '../../src/testing/factories'

describe('诉求详情 (dist/weapp/packages/requests/detail)', () => {
  beforeAll(assertWeappBuilt)

  it('renders the request from requests.get with the server-given action buttons', async () => {
    // GIVEN a member reading an open request they may claim
    const detail = makeDetail({ id: 'request-1', actions: ['claim'] })
    const calls = installCloud({ 'requests.get': () => ({ ok: true, data: detail }) })
    launchApp()

    // WHEN the subpackage page opens with the id
    const page = renderPage('packages/requests/detail/index', { id: 'request-1' })

    // THEN it asked for that request and shows its text, timeline and only the 认领 button
    await waitFor(() => expect(textOf(page)).toContain(detail.description))
    expect(calls).toEqual([{ name: 'requests', action: 'get', data: { id: 'request-1' } }])
    expect(textOf(page)).toContain('办理进度')
    expect(textOf(page)).toContain('认领')
    expect(textOf(page)).not.toContain('办结')
    expect(page.querySelectorAll('.action-button')).toHaveLength(1)
  })
})
