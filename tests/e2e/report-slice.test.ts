// The walking skeleton clicked through in headless Chromium on the H5 build, as several identities.
import type { Page } from 'playwright-core'
import { byTestId, DETAIL_ROUTE, requestCard } from './support/app'
import { e2eSession } from './support/session'

const session = e2eSession()
const signIn = session.signIn

const openRoute = (page: Page, route: string) => page.goto(`${session.stack.url}/#${route}`)

describe('a resident report reaches the grid leader', () => {
  let requestId: string

  it('lets a resident report 楼道灯坏了 and find it under 我的诉求', async () => {
    // GIVEN a resident of grid 1 signed in
    const page = await signIn('demo-resident')
    // WHEN they fill in 我要反映 and submit
    await page.locator(byTestId('entry-report')).click()
    await page.locator(byTestId('category-repair')).click()
    await page
      .locator(`${byTestId('report-description')} textarea`)
      .fill('楼道灯坏了，晚上上下楼很黑，请尽快修理')
    await page.locator(byTestId('report-building')).waitFor()
    await page.locator(byTestId('report-submit')).click()
    // THEN they land on the request's detail, open on the grid's board
    await page.locator(byTestId('request-detail')).waitFor()
    requestId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? ''
    expect(requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(await page.locator(byTestId('detail-description')).innerText()).toContain('楼道灯坏了')
    // AND 我的诉求 lists it with its status
    await openRoute(page, '/pages/my-requests/index')
    const card = requestCard(page, requestId)
    await card.waitFor()
    expect(await card.locator(byTestId('status-tag')).innerText()).not.toBe('')
    await page.context().close()
  })

  it('shows it on the grid leader board, with the reporter on the detail', async () => {
    // GIVEN the leader of grid 1
    const page = await signIn('demo-grid-leader')
    // WHEN they open 网格待办
    await page.locator(byTestId('entry-grid-board')).click()
    const card = requestCard(page, requestId)
    await card.waitFor()
    // THEN the request is there, and its detail names the reporter
    await card.click()
    await page.locator(byTestId('detail-reporter')).waitFor()
    expect(await page.locator(byTestId('detail-reporter-name')).innerText()).not.toBe('')
    await page.context().close()
  })

  it('shows it to a member of the grid in 任务大厅 with the reporter masked', async () => {
    const page = await signIn('demo-member')
    await page.locator(byTestId('entry-task-hall')).click()
    const card = requestCard(page, requestId)
    await card.waitFor()
    await card.click()
    await page.locator(byTestId('detail-masked')).waitFor()
    expect(await page.locator(byTestId('detail-reporter')).count()).toBe(0)
    await page.context().close()
  })

  it('does not show it to a resident of another grid', async () => {
    // GIVEN a resident of grid 3
    const page = await signIn('demo-resident-far')
    // WHEN they open 我的诉求 and then the request's own address
    await openRoute(page, '/pages/my-requests/index')
    await page
      .locator(`${byTestId('list-empty')}, ${byTestId('request-card')}`)
      .first()
      .waitFor()
    // THEN it is in neither place
    expect(await requestCard(page, requestId).count()).toBe(0)
    await openRoute(page, `${DETAIL_ROUTE}?id=${requestId}`)
    await page.locator(`${byTestId('page-error')}[data-error-code="NOT_FOUND"]`).waitFor()
    expect(await page.locator(byTestId('detail-description')).count()).toBe(0)
    await page.context().close()
  })
})
