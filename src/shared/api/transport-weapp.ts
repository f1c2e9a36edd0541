// Mini-program transport: wx.cloud.callFunction; WeChat adds the caller's openid on the server side.
import Taro from '@tarojs/taro'
import { ApiError } from './api-error'

interface CloudFailure {
  errCode?: number
  errMsg?: string
}

/** WeChat reports failures as errMsg text plus an errCode; map them to the client's codes. */
const toApiError = (failure: CloudFailure): ApiError => {
  const text = `${failure.errMsg ?? ''}`
  if (/timeout|timed out/i.test(text)) return new ApiError('NETWORK.TIMEOUT', text)
  if (/request:fail|network|offline/i.test(text)) return new ApiError('NETWORK.FAILED', text)
  if (/not found|FunctionName|-501000/i.test(text)) return new ApiError('FUNCTION.NOT_FOUND', text)
  return new ApiError('FUNCTION.FAILED', text || `errCode ${failure.errCode ?? 'unknown'}`)
}

export const callCloudFunction = async (fn: string, body: { action: string; data: unknown }) => {
  try {
    const response = await Taro.cloud.callFunction({ name: fn, data: body })
    return response.result as unknown
  } catch (failure) {
    throw toApiError((failure ?? {}) as CloudFailure)
  }
}
