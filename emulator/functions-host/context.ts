// Builds the per-call `context` and the per-process environment a function sees, as CloudBase does.

import crypto from 'node:crypto'

/** Who a call comes from: the gateway (a user), another function, or a timer trigger. */
export type CallSource = 'client' | 'function' | 'timer'

export interface Caller {
  source: CallSource
  /** Empty when the platform vouches for no user (function-to-function calls, timers). */
  openid: string
  appid: string
}

export interface CallInfo {
  functionName: string
  envId: string
  timeoutMs: number
  caller: Caller
}

const REGION = 'ap-shanghai'

// wx-server-sdk's SOURCE values; node-sdk's TRIGGER_SRC is "timer" for timer triggers.
const TCB_SOURCE: Record<CallSource, string> = {
  client: 'wx_client',
  function: 'scf',
  timer: 'wx_trigger',
}

/**
 * The SCF `context` argument. Identity travels only in `environment` (a JSON string), which
 * `cloudbase.getCloudbaseContext(context)` merges over process.env — so concurrent calls in one
 * process each read their own caller, never a shared global.
 */
export function buildContext(call: CallInfo): Record<string, unknown> {
  const requestId = crypto.randomUUID()
  const environment = {
    SCF_NAMESPACE: call.envId,
    TCB_ENV: call.envId,
    TCB_SEQID: requestId,
    TRIGGER_SRC: call.caller.source === 'timer' ? 'timer' : 'tcb',
    TCB_SOURCE: TCB_SOURCE[call.caller.source],
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TRIGGER_SRC,TCB_SOURCE',
    WX_OPENID: call.caller.openid,
    WX_APPID: call.caller.appid,
    WX_UNIONID: '',
    WX_CLIENTIP: '',
    WX_CLIENTIPV6: '',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6',
  }
  return {
    callbackWaitsForEmptyEventLoop: false,
    memory_limit_in_mb: 256,
    time_limit_in_ms: call.timeoutMs,
    request_id: requestId,
    function_name: call.functionName,
    function_version: '$LATEST',
    namespace: call.envId,
    tencentcloud_region: REGION,
    environment: JSON.stringify(environment),
  }
}

export interface ProcessEnvInfo {
  functionName: string
  envId: string
  adminUrl: string
  /** The bundle's config.json envVariables; the platform's own variables win over them. */
  envVariables: Record<string, string>
}

/**
 * The environment of a function's child process: a clean one (nothing leaks in from the
 * emulator's own shell), shaped like an SCF instance so the unmodified SDK reaches our /admin.
 */
export function buildProcessEnv(info: ProcessEnvInfo): Record<string, string> {
  return {
    ...info.envVariables,
    PATH: process.env.PATH ?? '',
    // SCF instances run in UTC; code that needs Beijing time must say so.
    TZ: 'UTC',
    // Marks the process as a cloud function: the SDK then skips its per-request probe of the
    // Tencent Cloud metadata address and takes the env id from SCF_NAMESPACE / TCB_ENV.
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: REGION,
    SCF_NAMESPACE: info.envId,
    SCF_FUNCTIONNAME: info.functionName,
    SCF_FUNCTIONVERSION: '$LATEST',
    TCB_ENV: info.envId,
    TCB_CONTEXT_KEYS: 'TCB_ENV',
    // Where the SDK sends every /admin request when init() gets no serviceUrl.
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: info.adminUrl }),
    // The SDK refuses to sign requests without credentials (and crashes Node 20 doing so);
    // the emulator ignores the signature.
    TENCENTCLOUD_SECRETID: 'linli-emulator',
    TENCENTCLOUD_SECRETKEY: 'linli-emulator',
  }
}
