// 服务菜单 clicked through in Chromium on the H5 build: demo-captain publishes a free clinic, a
// resident books it, the captain marks attendance, and the captain's 纪实 shows the service.
import type { Page } from 'playwright-core'
import { byTestId } from './support/app'
import { e2eSession } from './support/session'

const TITLE = '社区义诊：测血压（网页测试）'

const session = e2eSession()
const signIn = session.signIn
const offering = (page: Page) => page.locator(byTestId('offering'), { hasText: TITLE })

describe('a free clinic: publish → book → attendance → 纪实', () => {
  it('lets demo-captain publish a free clinic for everyone', async () => {
    const page = await signIn('demo-captain')
    await page.locator(byTestId('entry-offering-menu')).click()
    await page.locator(byTestId('publish-offering')).click()
    await page.locator(`${byTestId('offering-title')} input`).fill(TITLE)
    await page.locator(byTestId('offering-category-clinic')).click()
    await page.locator(byTestId('audience-everyone')).click()
    await page.locator(byTestId('publish-submit')).click()
    // Back on the menu, the new clinic shows with its 20 places.
    await offering(page).waitFor()
    expect(await offering(page).locator(byTestId('slot-left')).textContent()).toContain('20 / 20')
    await page.context().close()
  })

  it('lets demo-resident book it, and shows it in 我的预约', async () => {
    const page = await signIn('demo-resident')
    await page.locator(byTestId('entry-offering-menu')).click()
    await offering(page).locator(byTestId('slot-book')).click()
    await offering(page).locator(byTestId('slot-book'), { hasText: '已预约' }).waitFor()
    expect(await offering(page).locator(byTestId('slot-left')).textContent()).toContain('19 / 20')
    await page.goto(`${session.stack.url}/#/pages/index/index`)
    await page.locator(byTestId('entry-my-bookings')).click()
    const mine = page.locator(byTestId('my-booking'), { hasText: TITLE })
    await mine.waitFor()
    expect(await mine.getAttribute('data-status')).toBe('booked')
    await page.context().close()
  })

  it('lets the captain see the booking and mark the resident as come', async () => {
    const page = await signIn('demo-captain')
    await page.locator(byTestId('entry-offering-menu')).click()
    await offering(page).locator(byTestId('slot-bookings')).click()
    const booking = page.locator(byTestId('slot-booking'))
    await booking.waitFor()
    // The provider sees who booked, with their phone.
    expect(await booking.textContent()).toMatch(/1380000\d{4}/)
    await booking.locator(byTestId('booking-came')).click()
    await page.locator(byTestId('mark-attendance')).click()
    await page.locator(byTestId('slot-booking'), { hasText: '已到场' }).waitFor()
    await page.context().close()
  })

  it('shows the service in the captain’s 纪实', async () => {
    const page = await signIn('demo-captain')
    await page.locator(byTestId('entry-my-records')).click()
    const record = page.locator(byTestId('service-record'), { hasText: TITLE })
    await record.waitFor()
    expect(await record.textContent()).toContain('服务项目')
    expect(await record.textContent()).toContain('2 小时')
  })
})
