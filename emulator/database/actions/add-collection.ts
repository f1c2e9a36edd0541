// database.addCollection: db.createCollection(name); creating an existing collection is an error, as on CloudBase.
import { success } from '../protocol/envelope'
import type { Action } from './context'

export const addCollection: Action = (body, ctx) => {
  ctx.store.createCollection(body.collectionName)
  return success({ message: 'success' })
}
