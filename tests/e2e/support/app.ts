// Driving the H5 build as one person: sign in with a demo identity, open routes, read the detail.
import type { Browser, Page } from 'playwright-core'

export const byTestId = (id: string) => `[data-testid="${id}"]`

export const DETAIL_ROUTE = '/packages/requests/detail/index'

/** A fresh browser context per identity: its own storage, as a separate phone would have. */
export const signIn = async (browser: Browser, baseUrl: string, openid: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  // Fail a step with its own message well before jest's test timeout.
  page.setDefaultTimeout(10_000)
  await page.goto(baseUrl)
  await page.locator(byTestId(`identity-${openid}`)).click()
  await page.locator(byTestId('home')).waitFor()
  return page
}

export const openRoute = (page: Page, baseUrl: string, route: string) =>
  page.goto(`${baseUrl}/#${route}`)

export const openDetail = async (page: Page, baseUrl: string, id: string) => {
  await openRoute(page, baseUrl, `${DETAIL_ROUTE}?id=${id}`)
  await page.locator(byTestId('request-detail')).waitFor()
}

export const requestCard = (page: Page, id: string) =>
  page.locator(`${byTestId('request-card')}[data-request-id="${id}"]`)

/** Waits until the detail shows the request in `status` (each action answers the fresh detail). */
export const waitForStatus = (page: Page, status: string) =>
  page.locator(`${byTestId('request-detail')}[data-status="${status}"]`).waitFor()

/** Types into the open action sheet's note box (Taro's Textarea wraps a real textarea). */
export const fillNote = (page: Page, text: string) =>
  page.locator(`${byTestId('action-sheet')} ${byTestId('sheet-note')} textarea`).fill(text)

/** Taps an action button and submits its sheet, for actions whose form needs nothing more. */
export const act = async (page: Page, action: string, fill?: () => Promise<void>) => {
  await page.locator(byTestId(`action-${action}`)).click()
  await page.locator(`${byTestId('action-sheet')}[data-action="${action}"]`).waitFor()
  if (fill) await fill()
  await page.locator(byTestId('sheet-submit')).click()
  await page.locator(byTestId('action-sheet')).waitFor({ state: 'detached' })
}

export const timelineTypes = async (page: Page): Promise<string[]> =>
  page
    .locator(byTestId('timeline-item'))
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-type') ?? ''))

/** A small real JPEG, drawn by the browser itself: what a phone's camera would hand over. */
export const makeJpeg = async (page: Page): Promise<Buffer> => {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 48
    const context = canvas.getContext('2d')
    if (context) {
      context.fillStyle = '#d4a017'
      context.fillRect(0, 0, 64, 48)
    }
    return canvas.toDataURL('image/jpeg', 0.9)
  })
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64')
}
