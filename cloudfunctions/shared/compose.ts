// The composition root: wires repositories over the one SDK handle, the clock and settings.
import { createOrgRepository } from '../data/org.repository'
import { createPersonRepository } from '../data/person.repository'
import { createRequestRepository } from '../data/request.repository'
import type { Deps } from '../use-cases/deps'
import { getDatabase, type Database } from './cloudbase'
import { readEnv } from './env'

export const composeDeps = (
  db: Database = getDatabase(),
  now: () => Date = () => new Date(),
): Deps => ({
  org: createOrgRepository(db),
  persons: createPersonRepository(db),
  requests: createRequestRepository(db),
  now,
  env: readEnv(),
})
