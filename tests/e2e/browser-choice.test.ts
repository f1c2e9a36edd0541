// Which Chromium the browser tests launch: a given path, else the system's, else the npm package's.
import { accessSync, constants } from 'node:fs'
import { chooseChromium } from './support/browser'

it('falls back to the npm Chromium when CHROMIUM_PATH names nothing, and it is executable', () => {
  // GIVEN a CHROMIUM_PATH that does not exist
  const choice = chooseChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })
  // THEN the packaged Chromium is unpacked and chosen
  expect(choice.source).toBe('npm')
  expect(() => accessSync(choice.path, constants.X_OK)).not.toThrow()
})

it('takes CHROMIUM_PATH when it exists', () => {
  const npm = chooseChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(chooseChromium({ CHROMIUM_PATH: npm.path })).toEqual({
    path: npm.path,
    source: 'CHROMIUM_PATH',
  })
})
