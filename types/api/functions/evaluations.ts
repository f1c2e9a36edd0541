// The `evaluations` function's actions: input schema → output schema → roles allowed.
import { action, STAFF } from '../spec'
import * as evaluations from '../evaluations'

export const evaluationsApi = {
  openRound: action(evaluations.openRoundInputSchema, evaluations.roundViewSchema, STAFF, 'write'),
  rounds: action(evaluations.roundsInputSchema, evaluations.roundsOutputSchema, [
    'member',
    ...STAFF,
  ]),
  ballot: action(evaluations.ballotInputSchema, evaluations.ballotOutputSchema, ['resident']),
  rate: action(evaluations.rateInputSchema, evaluations.rateOutputSchema, ['resident'], 'write'),
  results: action(evaluations.resultsInputSchema, evaluations.resultsOutputSchema, [
    'member',
    ...STAFF,
  ]),
  appeal: action(evaluations.appealInputSchema, evaluations.appealViewSchema, ['member'], 'write'),
  answerAppeal: action(
    evaluations.answerAppealInputSchema,
    evaluations.appealViewSchema,
    STAFF,
    'write',
  ),
} as const
