// org.importHouseholds (staff): a spreadsheet of residents, checked whole; a dry run lists every bad
// row, and the import writes every household and resident, or (with any bad row) nothing at all.
import type { Household, ImportHouseholdsResult, ParsedInput, ResidentEntry } from '@linli/types'
import { householdIdFor, importIdFor, residentIdFor } from '../../data/household.repository'
import { planImport, roomKey, type ImportPlan } from '../../domain/household-import'
import { AppError } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { readSpreadsheet } from './read-spreadsheet'

type Input = ParsedInput<'org', 'importHouseholds'>

const summary = (plan: ImportPlan, dryRun: boolean, imported: boolean): ImportHouseholdsResult => ({
  dryRun,
  imported,
  rows: plan.rows,
  households: plan.households.length,
  residents: plan.residents.length,
  issues: plan.issues,
})

export const importHouseholds = async (input: Input, caller: Caller, deps: Deps) => {
  const communityId = caller.communityId
  const [table, buildings] = await Promise.all([
    readSpreadsheet(input.format, input.content),
    deps.org.listBuildings(communityId),
  ])
  // The same file again is the same import: what it wrote already is not "already on file".
  const importId = importIdFor(communityId, input.content)
  const onFile = await deps.households.householdsOf(buildings.map((b) => b._id))
  const ownRooms = new Set(
    onFile.filter((h) => h.importId === importId).map((h) => roomKey(h.buildingId, h.room)),
  )
  const plan = planImport(table, {
    buildings: buildings.map((b) => ({ id: b._id, name: b.name, gridId: b.gridId })),
    existingRooms: new Set(
      onFile.filter((h) => h.importId !== importId).map((h) => roomKey(h.buildingId, h.room)),
    ),
  })
  if (input.dryRun) return summary(plan, true, false)
  if (plan.issues.length > 0) {
    throw new AppError(
      'ORG.IMPORT_INVALID',
      `${plan.issues.length} bad rows: nothing imported`,
      plan.issues.map((i) => ({ path: [i.row, i.column], message: i.reason })),
    )
  }
  const idOf = (buildingId: string, room: string) => householdIdFor(communityId, buildingId, room)
  const households: Household[] = plan.households
    .filter((h) => !ownRooms.has(roomKey(h.buildingId, h.room)))
    .map((h) => ({ _id: idOf(h.buildingId, h.room), communityId, ...h, importId }))
  const residents: ResidentEntry[] = plan.residents.map((r) => {
    const householdId = idOf(r.buildingId, r.room)
    return {
      _id: residentIdFor(householdId, r.name),
      communityId,
      householdId,
      buildingId: r.buildingId,
      name: r.name,
      phone: r.phone,
      importId,
    }
  })
  await deps.writes.spend()
  await deps.households.writeImport(households, residents)
  return summary(plan, false, true)
}
