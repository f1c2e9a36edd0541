// Unit tests for the per-call context and the per-process environment of a function.

import { buildContext, buildProcessEnv } from './context'

describe('buildContext', () => {
  it('carries the caller only in context.environment, as a JSON string', () => {
    // GIVEN a client call as demo-resident
    const caller = { source: 'client', openid: 'demo-resident', appid: 'wx1' } as const
    // WHEN the context is built
    const context = buildContext({ functionName: 'org', envId: 'e1', timeoutMs: 3000, caller })
    const environment = JSON.parse(String(context.environment))
    // THEN SCF's fields are there and the environment names the caller and the source
    expect(context).toMatchObject({ function_name: 'org', namespace: 'e1', time_limit_in_ms: 3000 })
    expect(environment).toMatchObject({
      WX_OPENID: 'demo-resident',
      WX_APPID: 'wx1',
      TCB_ENV: 'e1',
      TCB_SOURCE: 'wx_client',
      TRIGGER_SRC: 'tcb',
    })
    expect(environment.WX_CONTEXT_KEYS.split(',')).toContain('WX_OPENID')
  })

  it('marks timer calls and gives each call its own request id', () => {
    // GIVEN two timer calls
    const caller = { source: 'timer', openid: '', appid: '' } as const
    const call = { functionName: 'digest', envId: 'e1', timeoutMs: 1000, caller }
    // WHEN their contexts are built
    const [a, b] = [buildContext(call), buildContext(call)]
    // THEN both say timer, with distinct request ids
    expect(JSON.parse(String(a.environment))).toMatchObject({
      TRIGGER_SRC: 'timer',
      TCB_SOURCE: 'wx_trigger',
    })
    expect(a.request_id).not.toBe(b.request_id)
  })
})

describe('buildProcessEnv', () => {
  it('points the SDK at the emulator, and envVariables cannot override the platform', () => {
    // GIVEN envVariables that try to redirect the SDK
    const envVariables = {
      LINLI_COMMUNITY_ID: 'chengxi',
      TCB_CONTEXT_CNFG: '{"URL":"http://x"}',
      TENCENTCLOUD_SECRETKEY: 'chosen-by-the-bundle',
    }
    // WHEN the process environment is built
    const env = buildProcessEnv({
      functionName: 'org',
      envId: 'e1',
      adminUrl: 'http://127.0.0.1:1/admin',
      credentials: { secretId: 'linli-0123456789abcdef', secretKey: 'k'.repeat(43) },
      envVariables,
    })
    // THEN the bundle's own variable is kept and the platform's win
    expect(env.LINLI_COMMUNITY_ID).toBe('chengxi')
    expect(JSON.parse(env.TCB_CONTEXT_CNFG ?? '')).toEqual({ URL: 'http://127.0.0.1:1/admin' })
    expect(env).toMatchObject({ TENCENTCLOUD_RUNENV: 'SCF', SCF_NAMESPACE: 'e1', TZ: 'UTC' })
    expect(env.JEST_WORKER_ID).toBeUndefined()
    // AND the SDK signs with the emulator's key
    expect(env.TENCENTCLOUD_SECRETID).toBe('linli-0123456789abcdef')
    expect(env.TENCENTCLOUD_SECRETKEY).toBe('k'.repeat(43))
  })
})
