// Evaluation rounds, ratings (one per (round, member, rater) by `_id`) and appeals. No rules here.
import {
  appealDocSchema,
  evaluationDocSchema,
  evaluationRoundDocSchema,
  type AppealDoc,
  type EvaluationDoc,
  type EvaluationRoundDoc,
} from '@linli/types'
import type { Database } from '../shared/cloudbase'
import { COLLECTIONS } from './collections'
import { insertOnce, listWhere, readAheadOf, readOne, updateWhere } from './store-helpers'

export const createEvaluationRepository = (db: Database) => {
  const _ = db.command
  const round = readAheadOf((id: string) =>
    readOne(db, COLLECTIONS.evaluationRounds, id, evaluationRoundDocSchema),
  )
  const appeal = readAheadOf((id: string) => readOne(db, COLLECTIONS.appeals, id, appealDocSchema))
  return {
    insertRound: (doc: EvaluationRoundDoc) =>
      insertOnce(db, COLLECTIONS.evaluationRounds, doc, evaluationRoundDocSchema),
    getRound: round.read,
    /** Starts reading a round the call is about to need, while its caller is looked up. */
    readAheadRound: round.start,
    /** A community runs a few rounds a year. */
    listRounds: (communityId: string) =>
      listWhere(db, COLLECTIONS.evaluationRounds, { communityId }, evaluationRoundDocSchema, {
        field: 'startsOn',
        direction: 'desc',
      }),
    /** Rounds that may be open on `today` (ended on or after it). */
    roundsEndingFrom: (communityId: string, today: string) =>
      listWhere(
        db,
        COLLECTIONS.evaluationRounds,
        { communityId, endsOn: _.gte(today) },
        evaluationRoundDocSchema,
      ),

    getRating: (id: string) => readOne(db, COLLECTIONS.evaluations, id, evaluationDocSchema),
    /** Atomic: of any number of racing ratings with the same id, exactly one is created. */
    insertRating: (doc: EvaluationDoc) =>
      insertOnce(db, COLLECTIONS.evaluations, doc, evaluationDocSchema),
    ratingsOfRound: (roundId: string, memberIds?: readonly string[]) =>
      listWhere(
        db,
        COLLECTIONS.evaluations,
        memberIds ? { roundId, memberId: _.in([...memberIds]) } : { roundId },
        evaluationDocSchema,
      ),
    ratingsBy: (raterId: string, roundIds: readonly string[]) =>
      roundIds.length === 0
        ? Promise.resolve([])
        : listWhere(
            db,
            COLLECTIONS.evaluations,
            { raterId, roundId: _.in([...roundIds]) },
            evaluationDocSchema,
          ),

    insertAppeal: (doc: AppealDoc) => insertOnce(db, COLLECTIONS.appeals, doc, appealDocSchema),
    getAppeal: appeal.read,
    /** Starts reading an appeal the call is about to need, while its caller is looked up. */
    readAheadAppeal: appeal.start,
    appealsOfRound: (roundId: string) =>
      listWhere(db, COLLECTIONS.appeals, { roundId }, appealDocSchema),
    answerAppeal: (id: string, answer: string, by: string, at: Date) =>
      updateWhere(
        db,
        COLLECTIONS.appeals,
        id,
        { status: 'open' },
        { status: 'answered', answer, answeredBy: by, answeredAt: at },
        appealDocSchema,
      ),
  }
}

export type EvaluationRepository = ReturnType<typeof createEvaluationRepository>
