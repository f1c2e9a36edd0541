// The table of aggregation expression operators, assembled from the per-family modules.
import { ARRAY_OPERATORS } from './ops/array-ops'
import { DATE_OPERATORS } from './ops/date-ops'
import { LOGIC_OPERATORS } from './ops/logic-ops'
import { MATH_OPERATORS } from './ops/math-ops'
import { STRING_OPERATORS } from './ops/string-ops'
import type { OperatorTable } from './ops/operator'

export const EXPRESSION_OPERATORS: OperatorTable = {
  ...MATH_OPERATORS,
  ...LOGIC_OPERATORS,
  ...ARRAY_OPERATORS,
  ...STRING_OPERATORS,
  ...DATE_OPERATORS,
}
