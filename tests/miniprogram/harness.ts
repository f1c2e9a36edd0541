// Runs Taro's weapp build output (dist/weapp) in miniprogram-simulate: App/Page shims, a wx.cloud stand-in.
import fs from 'node:fs'
import path from 'node:path'
import * as simulate from 'miniprogram-simulate'

export const DIST = path.resolve(__dirname, '../../dist/weapp')

type Envelope =
  { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }
export type CloudRoute = (data: unknown) => Envelope

interface CloudCall {
  name: string
  action: string
  data: unknown
}

interface PageOptions {
  data?: Record<string, unknown>
  [key: string]: unknown
}

type PageInstance = Record<string, unknown> & {
  setData: (data: Record<string, unknown>, callback?: () => void) => void
  onLoad: (query: Record<string, string>) => void
  onShow?: () => void
  onReady?: () => void
}

const globals = globalThis as unknown as Record<string, unknown> & {
  wx: Record<string, unknown>
  Component: (definition: Record<string, unknown>) => void
}

/** Fails with the command to run, not with a module-not-found deep in a require chain. */
export const assertWeappBuilt = (): void => {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(
      `dist/weapp is missing (${DIST}): run \`npm run build:weapp\` before the mini-program tests`,
    )
  }
}

/** wx.cloud.callFunction answering `{ result: envelope }` per `function.action`, as WeChat does. */
export const installCloud = (routes: Record<string, CloudRoute>): CloudCall[] => {
  const calls: CloudCall[] = []
  globals.wx.cloud = {
    init: () => undefined,
    callFunction: async ({
      name,
      data,
    }: {
      name: string
      data: { action: string; data: unknown }
    }) => {
      calls.push({ name, action: data.action, data: data.data })
      const route = routes[`${name}.${data.action}`]
      if (!route) throw { errMsg: `cloud.callFunction:fail FunctionName ${name} not found` }
      return { result: route(data.data), errMsg: 'cloud.callFunction:ok' }
    },
  }
  return calls
}

/** The page stack WeChat keeps; Taro's runtime reads it as soon as it loads. */
const pages: PageInstance[] = []

/** Loads app.js (Taro's runtime, React and the app) through an `App` shim and launches it. */
export const launchApp = (): void => {
  let app: Record<string, unknown> = {}
  globals.getCurrentPages = () => pages
  globals.App = (config: Record<string, unknown>) => {
    app = config
  }
  globals.getApp = () => app
  require(path.join(DIST, 'app.js'))
  const onLaunch = app.onLaunch as ((options: object) => void) | undefined
  onLaunch?.call(app, { path: 'pages/index/index', query: {} })
}

/**
 * With LINLI_SETDATA_LOG set (npm run bench), each setData of a page is logged as one JSON line
 * {route, bytes}: WeChat advises keeping one setData well under 256 KB.
 */
const logSetData = (page: PageInstance, route: string): void => {
  const log = process.env.LINLI_SETDATA_LOG
  if (!log) return
  const setData = page.setData.bind(page)
  page.setData = (data, callback) => {
    const bytes = Buffer.byteLength(JSON.stringify(data))
    fs.appendFileSync(log, `${JSON.stringify({ route, bytes })}\n`)
    setData(data, callback)
  }
}

/**
 * miniprogram-simulate loads components only, so a page's `Page(options)` becomes a Component whose
 * methods are the page's functions and whose `attached` plays the page lifecycle.
 */
const installPageShim = (route: string, query: Record<string, string>): void => {
  globals.Page = (options: PageOptions) => {
    const methods = Object.fromEntries(
      Object.entries(options).filter(([, v]) => typeof v === 'function'),
    )
    globals.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          this.route = route
          logSetData(this, route)
          pages.push(this)
          this.onLoad(query)
          this.onShow?.()
          this.onReady?.()
        },
      },
    })
  }
}

/** Renders a built page (e.g. 'pages/index/index') with the official wxml compiler, attached to body. */
export const renderPage = (route: string, query: Record<string, string> = {}) => {
  installPageShim(route, query)
  const id = simulate.load(path.join(DIST, route), { compiler: 'official', rootPath: DIST })
  const page = simulate.render(id)
  const container = document.createElement('main')
  document.body.appendChild(container)
  page.attach(container)
  return page
}

type Rendered = ReturnType<typeof renderPage>
type Node = NonNullable<ReturnType<Rendered['querySelector']>>

/** The rendered text of a page or node (as a resident would read it). */
export const textOf = (node: { dom?: Element }): string => node.dom?.textContent ?? ''

/** The first node matching a class selector, or a clear failure naming it. */
export const find = (root: Rendered, selector: string): Node => {
  const found = root.querySelector(selector)
  if (!found) throw new Error(`no ${selector} on the rendered page`)
  return found
}
