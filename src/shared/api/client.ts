// The app's one API client: typed from the contract's API map, one transport per build, safe retries.
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@linli/types'
import { unwrapEnvelope } from './envelope'
import { isSafeToRetry, isTransient, retryTiming } from './retry-policy'
import { announceRetry, endRetry } from './retry-status'
import { postToGateway } from './transport-h5'
import { callCloudFunction } from './transport-weapp'

/**
 * TARO_ENV is replaced at build time and this plain (not async) conditional is folded by webpack, so
 * each build keeps only its own transport. Inside an async function Babel's regenerator would keep
 * the dead branch alive.
 */
const transport = () => (process.env.TARO_ENV === 'h5' ? postToGateway : callCloudFunction)

let nextCallId = 1

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Calls `fn.action` and returns its data, or throws ApiError with the function's code. A read, or
 * a write with a clientRequestId, is sent again after a transient failure (network, gateway,
 * crashed function), announced to the UI through retry-status; anything else is sent once.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const send = transport()
  const retryable = isSafeToRetry(fn, action, data)
  const callId = nextCallId++
  const delays = retryTiming.delaysMs
  try {
    for (let retries = 0; ; retries++) {
      try {
        return unwrapEnvelope(await send(fn, { action, data })) as ActionOutput<F, A>
      } catch (error) {
        const delay = delays[retries]
        if (!retryable || !isTransient(error) || delay === undefined) throw error
        announceRetry(callId, { fn, action, attempt: retries + 1, maxRetries: delays.length })
        await sleep(delay)
      }
    }
  } finally {
    endRetry(callId)
  }
}
