// The app's one API client: typed from the contract's API map, one transport per build.
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@linli/types'
import { unwrapEnvelope } from './envelope'
import { postToGateway } from './transport-h5'
import { callCloudFunction } from './transport-weapp'

/**
 * TARO_ENV is replaced at build time and this plain (not async) conditional is folded by webpack, so
 * each build keeps only its own transport. Inside an async function Babel's regenerator would keep
 * the dead branch alive.
 */
const transport = () => (process.env.TARO_ENV === 'h5' ? postToGateway : callCloudFunction)

/** Calls `fn.action` and returns its data, or throws ApiError with the function's code. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const payload = await transport()(fn, { action, data })
  return unwrapEnvelope(payload) as ActionOutput<F, A>
}
