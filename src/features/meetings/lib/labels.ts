// Chinese labels of the meetings feature.
import { REQUEST_CATEGORIES, type DecisionStatus } from '@linli/types'

export const STATUS_LABELS: Record<DecisionStatus, string> = {
  planned: '待落实',
  inProgress: '推进中',
  done: '已完成',
  dropped: '已撤销',
}

/** What an update may move a decision to, from where it is (mirrors the domain rule). */
export const NEXT_STATUSES: Record<DecisionStatus, DecisionStatus[]> = {
  planned: ['inProgress', 'done', 'dropped'],
  inProgress: ['inProgress', 'done', 'dropped'],
  done: [],
  dropped: [],
}

export const categoryName = (id: string): string =>
  REQUEST_CATEGORIES.find((c) => c.id === id)?.name ?? id

/** The record form reads a hot spot's requests from the route: `?requests=a,b&topic=…`. */
export const requestsParam = (ids: readonly string[]): string =>
  ids.map(encodeURIComponent).join(',')
export const parseRequestsParam = (raw: string | undefined): string[] =>
  raw ? raw.split(',').map(decodeURIComponent).filter(Boolean) : []
