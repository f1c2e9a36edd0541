// Shapes stored requests into what callers see: summaries for lists, details by visibility.
import {
  HELD_TEXT,
  REJECTED_TEXT,
  type Building,
  Grid,
  Household,
  MemberBadge,
  Person,
  Photo,
  RequestAction,
  RequestDetail,
  RequestDoc,
  RequestListDoc,
  RequestSummary,
  type TimelineEventType,
} from '@linli/types'
import { textHashOf } from '../../data/moderation.repository'
import { isOverdue } from '../../domain/due-time'
import { excerptOf, maskPersonalText } from '../../domain/masking'

/**
 * A text staff are looking at (or refused) as the public sees it: in its place, 内容审核中 or
 * 内容未通过审核 (see check-request-text.ts for why the people acting on the request still read it).
 */
const moderated = (
  doc: Pick<RequestDoc, 'heldTexts' | 'rejectedTexts'>,
  value: string,
): string | null => {
  if (doc.heldTexts.length === 0 && doc.rejectedTexts.length === 0) return null
  const hash = textHashOf(value)
  if (doc.heldTexts.includes(hash)) return HELD_TEXT
  return doc.rejectedTexts.includes(hash) ? REJECTED_TEXT : null
}

/** Lists never carry names, phones or rooms: the excerpt is masked for every viewer. */
export const toSummary = (
  doc: RequestListDoc,
  buildingName: string,
  now: Date,
): RequestSummary => ({
  id: doc._id,
  gridId: doc.gridId,
  category: doc.category,
  status: doc.status,
  urgency: doc.urgency,
  buildingId: doc.buildingId,
  buildingName,
  // Lists are public-grade for every viewer: a held description shows as 内容审核中 there.
  excerpt: moderated(doc, doc.description) ?? excerptOf(doc.description),
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
  /** 党员标兵岗 and any other badge of a member handler (describe-request reads none for others). */
  handlerBadges: readonly MemberBadge[]
  masked: boolean
  /** Download URLs of the photos this caller may see. */
  photoUrls: ReadonlyMap<string, string>
  actions: RequestAction[]
  viewerOpenid: string
  now: Date
}

const photosOf = (ids: readonly string[], urls: ReadonlyMap<string, string>): Photo[] =>
  ids.flatMap((fileId) => {
    const url = urls.get(fileId)
    return url ? [{ fileId, url }] : []
  })

/** Timeline notes that repeat the rating's comment, the 回访 or the 12345 outcome. */
const PRIVATE_NOTES: ReadonlySet<TimelineEventType> = new Set([
  'confirmed',
  'followUpRecorded',
  'reportedBack',
])

/** Masked viewers see the story, not the people: notes are masked, comments and 回访 left out. */
export const toDetail = (doc: RequestDoc, ctx: DetailContext): RequestDetail => {
  const text = (value: string) =>
    ctx.masked ? (moderated(doc, value) ?? maskPersonalText(value)) : value
  // Left out of the timeline too, not only of `rating`, `followUp` and `hotline` (found by the fuzzer).
  const noteShown = (type: TimelineEventType) => !(ctx.masked && PRIVATE_NOTES.has(type))
  return {
    ...toSummary(doc, ctx.building?.name ?? '', ctx.now),
    gridName: ctx.grid?.name ?? '',
    description: text(doc.description),
    photos: photosOf(doc.photos, ctx.photoUrls),
    handlingMode: doc.handlingMode,
    suggestedTeamKinds: doc.suggestedTeamKinds,
    hideName: doc.hideName,
    masked: ctx.masked,
    channel: doc.channel,
    reporter:
      ctx.masked || !ctx.reporter
        ? null
        : { name: ctx.reporter.name, phone: ctx.reporter.phone, room: ctx.household?.room ?? null },
    handler: doc.handler
      ? {
          kind: doc.handler.kind,
          id: doc.handler.id,
          name: doc.handler.name,
          badges: [...ctx.handlerBadges],
        }
      : null,
    rating: doc.rating
      ? { stars: doc.rating.stars, comment: ctx.masked ? null : doc.rating.comment }
      : null,
    followUp:
      doc.followUp && !ctx.masked ? { status: doc.followUp.status, note: doc.followUp.note } : null,
    hotline:
      doc.hotline && !ctx.masked
        ? {
            orderNo: doc.hotline.orderNo,
            dueAt: doc.hotline.dueAt.toISOString(),
            outcome: doc.hotline.outcome,
            reportedBackAt: doc.hotline.reportedBackAt?.toISOString() ?? null,
          }
        : null,
    duplicateOf: doc.duplicateOf,
    escalationLevel: doc.escalationLevel,
    followerCount: doc.followers.length,
    following: doc.followers.includes(ctx.viewerOpenid),
    actions: ctx.actions,
    timeline: doc.timeline.map((e) => ({
      type: e.type,
      at: e.at.toISOString(),
      ...(e.note === undefined || !noteShown(e.type) ? {} : { note: text(e.note) }),
      ...(e.photos ? { photos: photosOf(e.photos, ctx.photoUrls) } : {}),
    })),
  }
}

/** Every photo of a request: the report's and those of progress and resolve notes. */
export const photoIdsOf = (doc: RequestDoc): string[] => [
  ...doc.photos,
  ...doc.timeline.flatMap((e) => e.photos ?? []),
]

/** Looks up building names for a page of requests in one query. */
export const withBuildingNames = async (
  docs: readonly RequestListDoc[],
  getBuildingsByIds: (ids: readonly string[]) => Promise<Building[]>,
): Promise<(doc: RequestListDoc) => string> => {
  const buildings = await getBuildingsByIds(docs.map((d) => d.buildingId))
  const names = new Map(buildings.map((b) => [b._id, b.name]))
  return (doc) => names.get(doc.buildingId) ?? ''
}

/** A page of summaries with building names, read in one query. */
export const summariesOf = async (
  docs: readonly RequestListDoc[],
  getBuildingsByIds: (ids: readonly string[]) => Promise<Building[]>,
  now: Date,
): Promise<RequestSummary[]> => {
  const nameOf = await withBuildingNames(docs, getBuildingsByIds)
  return docs.map((doc) => toSummary(doc, nameOf(doc), now))
}
