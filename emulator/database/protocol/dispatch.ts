// Routes an /admin body to its database action and turns every failure into a {code, message} body.
import { addCollection } from '../actions/add-collection'
import { aggregateDocuments } from '../actions/aggregate-documents'
import type { Action, ActionContext } from '../actions/context'
import { insertDocument } from '../actions/insert-documents'
import { modifyAndReturnDoc, modifyDocument } from '../actions/modify-documents'
import { calculateDocument, getDocument } from '../actions/read-documents'
import { removeDocument } from '../actions/remove-documents'
import {
  abortTransaction,
  commitTransaction,
  startTransaction,
} from '../actions/transaction-actions'
import { failure, type ResponseBody } from './envelope'
import { invalidParam } from './errors'

const ACTIONS: Record<string, Action> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
}

export function dispatch(body: unknown, ctx: ActionContext): ResponseBody {
  try {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw invalidParam('body must be a JSON object')
    const { action } = body as { action?: unknown }
    const run = typeof action === 'string' ? ACTIONS[action] : undefined
    if (!run) throw invalidParam(`unknown action: ${String(action)}`)
    return run(body as Record<string, unknown>, ctx)
  } catch (error) {
    return failure(error)
  }
}
