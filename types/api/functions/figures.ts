// The `figures` function's actions: input schema → output schema → roles allowed.
import { action, FIGURE_READERS } from '../spec'
import * as figures from '../figures'

export const figuresApi = {
  summary: action(figures.summaryInputSchema, figures.summaryOutputSchema, FIGURE_READERS),
  byGrid: action(figures.byGridInputSchema, figures.byGridOutputSchema, FIGURE_READERS),
  export: action(figures.exportInputSchema, figures.exportOutputSchema, FIGURE_READERS),
} as const
