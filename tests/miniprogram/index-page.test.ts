// The built 首页 in the mini-program runtime: renders org.me through wx.cloud and navigates on tap.
import { waitFor } from '@testing-library/dom'
import { assertWeappBuilt, find, installCloud, launchApp, renderPage, textOf } from './harness'
import { makeMe } from '../../src/testing/factories'

describe('首页 (dist/weapp/pages/index)', () => {
  beforeAll(assertWeappBuilt)

  it('shows the resident from org.me and opens 我要反映 on tap', async () => {
    // GIVEN the built app, and a cloud whose org.me answers for a resident
    const calls = installCloud({ 'org.me': () => ({ ok: true, data: makeMe() }) })
    const navigateTo = jest.fn((options: { url: string; success?: (r: object) => void }) => {
      options.success?.({ errMsg: 'navigateTo:ok' })
    })
    ;(globalThis as unknown as { wx: Record<string, unknown> }).wx.navigateTo = navigateTo
    launchApp()

    // WHEN 首页 is opened
    const page = renderPage('pages/index/index')

    // THEN it asked the cloud who the caller is and shows name, grid and building
    await waitFor(() => expect(textOf(page)).toContain('王秀兰，您好'))
    expect(textOf(page)).toContain('网格：第一网格')
    expect(textOf(page)).toContain('楼院：3号楼')
    expect(calls).toEqual([{ name: 'org', action: 'me', data: {} }])
    // …and the local sign-in link of the H5 build is not in the mini-program
    expect(page.querySelector('.home-switch')).toBeFalsy()

    // WHEN the resident taps 我要反映
    find(page, '.home-entry--report').dispatchEvent('tap')

    // THEN the report page opens
    await waitFor(() => expect(navigateTo).toHaveBeenCalled())
    expect(navigateTo.mock.calls[0]?.[0]).toMatchObject({ url: '/pages/report/index' })
  })
})
