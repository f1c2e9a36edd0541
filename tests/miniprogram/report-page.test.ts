// The built 我要反映 page in the mini-program runtime: the form renders and a tapped category is chosen.
import { waitFor } from '@testing-library/dom'
import { assertWeappBuilt, find, installCloud, launchApp, renderPage, textOf } from './harness'
import { makeMe } from '../../src/testing/factories'

const me = makeMe()
const buildings = { items: [{ id: 'building-3', name: '3号楼', gridId: 'grid-1' }] }

describe('我要反映 (dist/weapp/pages/report)', () => {
  beforeAll(assertWeappBuilt)

  it('prefills the building and selects the category the resident taps', async () => {
    // GIVEN the built app and a resident of 3号楼
    installCloud({
      'org.me': () => ({ ok: true, data: me }),
      'org.listBuildings': () => ({ ok: true, data: buildings }),
    })
    launchApp()

    // WHEN the report page opens
    const page = renderPage('pages/report/index')

    // THEN the form shows with the resident's building and no category chosen
    await waitFor(() => expect(textOf(page)).toContain('问题类别'))
    expect(textOf(find(page, '.building-current__name'))).toBe('3号楼')
    expect(page.querySelectorAll('.choice-chip--selected')).toHaveLength(1) // urgency 一般 only

    // WHEN the resident taps the first category (环境卫生)
    find(page, '.choice-chip').dispatchEvent('tap')

    // THEN it shows as chosen
    await waitFor(() => expect(textOf(page)).toContain('✓ 环境卫生'))
    expect(page.querySelectorAll('.choice-chip--selected')).toHaveLength(2)
  })
})
