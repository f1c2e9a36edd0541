// 我的诉求: the caller's requests with their status; pull down to refresh, load more at the end.
import Taro from '@tarojs/taro'
import { ActionButton } from '@/shared/components/action-button'
import { PagedRequestList } from '@/shared/components/paged-request-list'
import { usePagedList } from '@/shared/hooks/use-paged-list'
import { ROUTES } from '@/shared/lib/routes'
import { listMyRequests } from '../../api/requests-api'
import { useRefreshOnReturn } from '../../hooks/use-refresh-on-return'
import { openRequest } from './open-request'

export function MyRequestList() {
  const list = usePagedList(listMyRequests)
  useRefreshOnReturn(list.refresh)
  return (
    <PagedRequestList
      list={list}
      emptyTitle="您还没有反映过问题"
      emptyHint="楼道灯坏了、下水堵了、需要帮忙，都可以告诉社区。"
      emptyAction={
        <ActionButton
          testId="empty-report"
          onClick={() => void Taro.navigateTo({ url: ROUTES.report })}
        >
          我要反映
        </ActionButton>
      }
      onOpen={openRequest}
    />
  )
}
