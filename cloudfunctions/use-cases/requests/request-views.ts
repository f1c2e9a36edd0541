// Shapes stored requests into what callers see: summaries for lists, details by visibility.
import type {
  Building,
  Grid,
  Household,
  Person,
  RequestDetail,
  RequestDoc,
  RequestSummary,
} from '@linli/types'
import { isOverdue } from '../../domain/due-time'
import { excerptOf, maskPersonalText } from '../../domain/masking'

/** Lists never carry names, phones or rooms: the excerpt is masked for every viewer. */
export const toSummary = (doc: RequestDoc, buildingName: string, now: Date): RequestSummary => ({
  id: doc._id,
  category: doc.category,
  status: doc.status,
  urgency: doc.urgency,
  buildingId: doc.buildingId,
  buildingName,
  excerpt: excerptOf(doc.description),
  photoCount: doc.photos.length,
  createdAt: doc.createdAt.toISOString(),
  dueAt: doc.dueAt.toISOString(),
  overdue: isOverdue(doc, now),
})

export interface DetailContext {
  building: Building | null
  grid: Grid | null
  reporter: Person | null
  household: Household | null
  masked: boolean
  now: Date
}

export const toDetail = (doc: RequestDoc, ctx: DetailContext): RequestDetail => ({
  ...toSummary(doc, ctx.building?.name ?? '', ctx.now),
  gridId: doc.gridId,
  gridName: ctx.grid?.name ?? '',
  description: ctx.masked ? maskPersonalText(doc.description) : doc.description,
  photos: doc.photos,
  handlingMode: doc.handlingMode,
  suggestedTeamKinds: doc.suggestedTeamKinds,
  hideName: doc.hideName,
  masked: ctx.masked,
  reporter:
    ctx.masked || !ctx.reporter
      ? null
      : { name: ctx.reporter.name, phone: ctx.reporter.phone, room: ctx.household?.room ?? null },
  timeline: doc.timeline.map((e) => ({
    type: e.type,
    at: e.at.toISOString(),
    ...(e.note === undefined ? {} : { note: e.note }),
  })),
})

/** Looks up building names for a page of requests in one query. */
export const withBuildingNames = async (
  docs: readonly RequestDoc[],
  getBuildingsByIds: (ids: readonly string[]) => Promise<Building[]>,
): Promise<(doc: RequestDoc) => string> => {
  const buildings = await getBuildingsByIds(docs.map((d) => d.buildingId))
  const names = new Map(buildings.map((b) => [b._id, b.name]))
  return (doc) => names.get(doc.buildingId) ?? ''
}
