// Entry of the `evaluations` cloud function: 居民定期评议 rounds, ballots, results and appeals.
import { evaluationsApi } from '@linli/types/api/functions/evaluations'
import { composeDeps } from '../../shared/compose'
import { createMain, type Handlers, type ReadAhead } from '../../shared/entry'
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

/**
 * What an action is about is read while the caller is looked up: the round a rating or an appeal
 * names, the member rated, the appeal answered.
 */
const readAhead: ReadAhead<'evaluations'> = (action, input, _openid, deps) => {
  const fields = input as { roundId?: unknown; memberId?: unknown; id?: unknown }
  if ((action === 'rate' || action === 'appeal') && typeof fields.roundId === 'string')
    deps.evaluations.readAheadRound(fields.roundId)
  if (action === 'rate' && typeof fields.memberId === 'string')
    deps.persons.readAhead(fields.memberId)
  if (action === 'answerAppeal' && typeof fields.id === 'string')
    deps.evaluations.readAheadAppeal(fields.id)
}

export const main = createMain(
  'evaluations',
  evaluationsApi,
  handlers,
  () => composeDeps(),
  undefined,
  readAhead,
)
