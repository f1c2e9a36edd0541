// Documents as CloudBase answers them: canonical EJSON, with ObjectId values as their hex string.
import { isPlainObject } from '../query/bson-values'
import { isObjectId } from '../store/doc-ids'
import { decodeDoc, encodeEJSON, type Doc } from './ejson'

/**
 * SDK 3.18.3 parses answers with bson's EJSON and then copies own enumerable keys, so a canonical
 * `{"$oid": …}` would reach function code as `{}`; CloudBase's answer hands the SDK the id itself.
 * The stored value stays an ObjectId, so queries and sorting keep MongoDB's type rules.
 */
function withPlainIds(value: unknown): unknown {
  if (isObjectId(value)) return value.toHexString()
  if (Array.isArray(value)) return value.map(withPlainIds)
  if (!isPlainObject(value)) return value
  const out: Doc = {}
  for (const [key, item] of Object.entries(value)) out[key] = withPlainIds(item)
  return out
}

export function answerDoc(doc: Doc): string {
  return encodeEJSON(withPlainIds(doc))
}

/** A stored body goes out as it is unless it holds an ObjectId (the cheap test keeps reads fast). */
export function answerBody(body: string): string {
  return body.includes('"$oid"') ? answerDoc(decodeDoc(body)) : body
}
