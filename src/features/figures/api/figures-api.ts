// The figures feature's calls through the one API client (issue 11 §5).
import type { FigureDimension } from '@linli/types'
import { call } from '@/shared/api/client'

export interface PeriodChoice {
  from: string
  to: string
}

export const figuresSummary = (period: PeriodChoice, communityIds?: string[]) =>
  call('figures', 'summary', communityIds ? { ...period, communityIds } : period)
export const figuresBy = (period: PeriodChoice, by: FigureDimension) =>
  call('figures', 'byGrid', { ...period, by })
export const figuresCsv = (
  period: PeriodChoice,
  table: 'summary' | 'grid' | 'building' | 'category',
) => call('figures', 'export', { ...period, table })
