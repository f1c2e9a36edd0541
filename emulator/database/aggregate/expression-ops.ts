// The table of aggregation expression operators, assembled from the per-family modules.
import { ARRAY_OPERATORS } from './ops/array-ops'
import { DATE_OPERATORS } from './ops/date-ops'
import { LOGIC_OPERATORS } from './ops/logic-ops'
import { DATE_BUILD_OPERATORS } from './ops/date-build-ops'
import { MATH_OPERATORS } from './ops/math-ops'
import { SET_OPERATORS } from './ops/set-ops'
import { STRING_OPERATORS } from './ops/string-ops'
import type { OperatorTable } from './ops/operator'

export const EXPRESSION_OPERATORS: OperatorTable = {
  ...MATH_OPERATORS,
  ...LOGIC_OPERATORS,
  ...ARRAY_OPERATORS,
  ...STRING_OPERATORS,
  ...DATE_OPERATORS,
  ...DATE_BUILD_OPERATORS,
  ...SET_OPERATORS,
}
