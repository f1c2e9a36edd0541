// One lifecycle action on one request (claim, resolve, confirm…): answers the fresh RequestDetail.
import type { ActionInput, RequestAction, RequestDetail } from '@linli/types'
import { call } from '@/shared/api/client'

/** What each action's form sends besides `id` and `clientRequestId`. */
export type ActionFields<A extends RequestAction> = Omit<
  ActionInput<'requests', A>,
  'id' | 'clientRequestId'
>

export const runAction = <A extends RequestAction>(
  action: A,
  id: string,
  clientRequestId: string,
  fields: ActionFields<A>,
): Promise<RequestDetail> =>
  call('requests', action, { ...fields, id, clientRequestId } as ActionInput<'requests', A>)
