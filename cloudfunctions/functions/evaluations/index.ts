// Entry of the `evaluations` cloud function: 居民定期评议 rounds, ballots, results and appeals.
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers } from '../../shared/entry'
import { answerAppeal, appeal } from '../../use-cases/evaluations/appeals'
import { ballot, rate } from '../../use-cases/evaluations/ballot'
import { results } from '../../use-cases/evaluations/results'
import { listRounds, openRound } from '../../use-cases/evaluations/rounds'

export const handlers: Handlers<'evaluations'> = {
  openRound,
  rounds: listRounds,
  ballot,
  rate,
  results,
  appeal,
  answerAppeal,
}

export const main = createMain('evaluations', handlers, () => composeDeps())
