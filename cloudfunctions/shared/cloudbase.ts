// The one module that initialises @cloudbase/node-sdk: the database handle and the caller's openid.
import cloudbase from '@cloudbase/node-sdk'

type App = ReturnType<typeof cloudbase.init>
export type Database = ReturnType<App['database']>

let app: App | undefined

/**
 * SYMBOL_CURRENT_ENV: in the cloud the SDK finds its environment from the function's own
 * context; locally the emulator's host sets TCB_CONTEXT_CNFG, so there is one code path.
 */
export const getApp = (): App => {
  app ??= cloudbase.init({ env: cloudbase.SYMBOL_CURRENT_ENV })
  return app
}

export const getDatabase = (): Database => getApp().database()

export type { App }

export interface PlatformCaller {
  /** Empty when the platform vouches for no user. */
  openid: string
  /** A timer trigger or another function (the admin side), as the platform says, not the event. */
  system: boolean
  /** Called by the mini-program (or DevTools): such a call is a user's, whatever its event says. */
  fromApp: boolean
}

/** Identity comes from the platform (WX_OPENID), never from the request body. */
export const platformCaller = (context: unknown): PlatformCaller => {
  try {
    const ctx = cloudbase.getCloudbaseContext(
      context as Parameters<typeof cloudbase.getCloudbaseContext>[0],
    ) as unknown as Record<string, unknown>
    const openid = typeof ctx.WX_OPENID === 'string' ? ctx.WX_OPENID : ''
    // TRIGGER_SRC is "timer" for timer triggers; TCB_SOURCE "scf" for a call from another function.
    const system = !openid && (ctx.TRIGGER_SRC === 'timer' || ctx.TCB_SOURCE === 'scf')
    // TCB_SOURCE is a chain ("wx_client,scf"): any call that began in the app counts as the app's.
    const source = typeof ctx.TCB_SOURCE === 'string' ? ctx.TCB_SOURCE : ''
    const fromApp = /(^|,)wx_(client|devtools)(,|$)/.test(source)
    return { openid, system, fromApp }
  } catch {
    // The SDK throws INVALID_CONTEXT for a context it cannot read: that caller is nobody.
    return { openid: '', system: false, fromApp: false }
  }
}

export const callerOpenid = (context: unknown): string => platformCaller(context).openid
