// Entry of the `figures` cloud function: the community's figures, computed by the database (issue 11 §5).
import { figuresApi } from '@linli/types/api/functions/figures'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { figuresByGrid } from '../../use-cases/figures/by-grid'
import { figuresExport } from '../../use-cases/figures/export'
import { figuresSummary } from '../../use-cases/figures/summary'

export const handlers: Handlers<'figures'> = {
  summary: figuresSummary,
  byGrid: figuresByGrid,
  export: figuresExport,
}

export const main = createMain('figures', figuresApi, handlers, () => composeDeps())
