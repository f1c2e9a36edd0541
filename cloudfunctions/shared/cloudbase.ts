// The one module that initialises @cloudbase/node-sdk: the database handle and the caller's openid.
import cloudbase from '@cloudbase/node-sdk'

type App = ReturnType<typeof cloudbase.init>
export type Database = ReturnType<App['database']>

let app: App | undefined

/**
 * SYMBOL_CURRENT_ENV: in the cloud the SDK finds its environment from the function's own
 * context; locally the emulator's host sets TCB_CONTEXT_CNFG, so there is one code path.
 */
export const getDatabase = (): Database => {
  app ??= cloudbase.init({ env: cloudbase.SYMBOL_CURRENT_ENV })
  return app.database()
}

/** Identity comes from the platform (WX_OPENID), never from the request body. */
export const callerOpenid = (context: unknown): string => {
  try {
    const ctx = cloudbase.getCloudbaseContext(
      context as Parameters<typeof cloudbase.getCloudbaseContext>[0],
    )
    return typeof ctx.WX_OPENID === 'string' ? ctx.WX_OPENID : ''
  } catch {
    // The SDK throws INVALID_CONTEXT for a context it cannot read: that caller is nobody.
    return ''
  }
}
