// /admin action wx.openApi: the cloud call wx-server-sdk's `cloud.openapi.*` makes through
// @cloudbase/node-sdk — multipart form fields (action, apiName, requestData as protobuf), answered
// with a protobuf CommOpenApiResp carrying WeChat's JSON.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { adminError } from '../server/admin-errors'
import { MAX_JSON_BYTES, readBody, sendJson } from '../server/http-io'
import { parseMultipart } from './multipart'
import { decodeOpenApiPairs, encodeOpenApiResp } from './protobuf'
import type { WeChatService } from './wechat-service'

export async function handleWxOpenApi(
  req: IncomingMessage,
  res: ServerResponse,
  wechat: WeChatService,
  boundary: string,
): Promise<void> {
  const read = await readBody(req, MAX_JSON_BYTES)
  if (!read.ok) return sendJson(res, 413, adminError('EXCEED_REQUEST_SIZE_LIMIT', read.reason))
  const parts = parseMultipart(read.body, boundary)
  const action = parts?.get('action')?.toString('utf8')
  if (!parts || action !== 'wx.openApi') {
    // The SDK parses an error by this exact JSON content type (handleWxOpenApiData).
    return sendJson(res, 200, adminError('INVALID_ACTION', `multipart action "${action}" unknown`))
  }
  const apiName = parts.get('apiName')?.toString('utf8') ?? ''
  let params: Record<string, unknown>
  try {
    params = Object.fromEntries(
      [...decodeOpenApiPairs(parts.get('requestData') ?? Buffer.alloc(0))].map(([k, v]) => [
        k,
        JSON.parse(v.toString('utf8')) as unknown,
      ]),
    )
  } catch (error) {
    return sendJson(
      res,
      200,
      adminError('INVALID_PARAM', `requestData: ${(error as Error).message}`),
    )
  }
  const body = encodeOpenApiResp(wechat.call(apiName, params))
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
  res.end(body)
}
