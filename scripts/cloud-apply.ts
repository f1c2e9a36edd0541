// Reads the cloud's collections and applies a deploy plan through @cloudbase/manager-node (or a fake in tests).
import {
  describeOperation,
  type AccessRule,
  type CloudOperation,
  type CloudState,
  type CreateIndex,
  type ExistingIndex,
} from './cloud-plan'

/**
 * The part of @cloudbase/manager-node 5.6.5 the deploy uses, as its own type definitions declare it
 * (types/database/index.d.ts, types/storage/index.d.ts, types/index.d.ts commonService).
 */
export interface CloudManager {
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>
    createCollectionIfNotExists(name: string): Promise<{ IsCreated: boolean }>
    describeCollection(name: string): Promise<{ Indexes?: ExistingIndex[] }>
    updateCollection(name: string, info: { CreateIndexes?: CreateIndex[] }): Promise<unknown>
  }
  storage: {
    setStorageAcl(acl: 'CUSTOM', rule: AccessRule): Promise<unknown>
  }
  commonService(service?: string): {
    call(options: { Action: string; Param: Record<string, unknown> }): Promise<unknown>
  }
}

/** The state `buildCloudPlan` compares against: which collections exist, with which indexes. */
export async function readCloudState(
  manager: CloudManager,
  collections: readonly string[],
): Promise<CloudState> {
  const state: CloudState = new Map()
  for (const name of collections) {
    const { Exists } = await manager.database.checkCollectionExists(name)
    if (!Exists) continue
    const { Indexes } = await manager.database.describeCollection(name)
    state.set(name, Indexes ?? [])
  }
  return state
}

/**
 * Applies the plan in order: collections, then each collection's new indexes in one UpdateTable call,
 * then the rules. Stops at the first failure (the plan is re-runnable: what exists is skipped).
 * Returns the warnings (indexes that differ), which need a person.
 */
export async function applyCloudPlan(
  manager: CloudManager,
  envId: string,
  plan: readonly CloudOperation[],
  log: (line: string) => void,
): Promise<string[]> {
  const warnings: string[] = []
  const newIndexes = new Map<string, CreateIndex[]>()
  for (const op of plan) {
    if (op.kind === 'createIndex')
      newIndexes.set(op.collection, [...(newIndexes.get(op.collection) ?? []), op.index])
  }
  for (const op of plan) {
    log(describeOperation(op))
    switch (op.kind) {
      case 'createCollection':
        // "IfNotExists": another deploy (or the console) may have created it since the state was read.
        await manager.database.createCollectionIfNotExists(op.collection)
        break
      case 'createIndex': {
        const batch = newIndexes.get(op.collection)
        if (batch) {
          await manager.database.updateCollection(op.collection, { CreateIndexes: batch })
          newIndexes.delete(op.collection)
        }
        break
      }
      case 'indexDiffers':
        warnings.push(describeOperation(op))
        break
      case 'setDatabaseRule':
        // manager-node has no method for ModifySafeRule; its common service passes the cloud API through.
        await manager.commonService('tcb').call({
          Action: 'ModifySafeRule',
          Param: { EnvId: envId, CollectionName: op.collection, AclTag: op.aclTag, Rule: op.rule },
        })
        break
      case 'setStorageRule':
        await manager.storage.setStorageAcl(op.aclTag, op.rule)
        break
    }
  }
  return warnings
}
