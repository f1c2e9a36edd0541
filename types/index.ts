// The contract shared by the app and the cloud functions.
export * from './errors'
export * from './envelope'
export * from './vocabulary'
export * from './categories'
export * from './pagination'
export * from './request-lifecycle'
export * from './entities/org'
export * from './entities/person'
export * from './entities/request'
export * from './entities/notice'
export * from './entities/moderation'
export * from './api/org'
export * from './api/requests'
export * from './api/request-actions'
export * from './api/notices'
export * from './api/index'
export * from './dates'
export * from './entities/member'
export * from './entities/rules'
export * from './entities/evaluation'
export * from './api/members'
export * from './api/evaluations'
export * from './entities/offering'
export * from './api/offerings'
export * from './api/activities'
// Issue 11 §5: the figures (names like summaryInputSchema are the members' already: exported as types).
export type {
  CommunityFigures,
  FigureDimension,
  FigureRow,
  RequestFiguresView,
  EvaluationFiguresView,
} from './api/figures'
// Issue 11 §3: deliberation meetings (议事会) and hot spots.
export * from './entities/meeting'
export * from './api/meetings'
export * from './entities/household'
export * from './api/households'
