// The end of a paged list: a big "加载更多" button, a loading line, a retry, or "没有更多了".
import { Text, View } from '@tarojs/components'
import { errorMessage } from '../api/error-messages'
import { ActionButton } from './action-button'
import './list-footer.css'

interface ListFooterProps {
  hasMore: boolean
  loadingMore: boolean
  loadMoreError: unknown
  onLoadMore: () => void
}

export function ListFooter({ hasMore, loadingMore, loadMoreError, onLoadMore }: ListFooterProps) {
  if (!hasMore) {
    return (
      <View className="list-footer" data-testid="list-end">
        <Text className="list-footer__text">没有更多了</Text>
      </View>
    )
  }
  return (
    <View className="list-footer">
      {loadMoreError ? (
        <Text className="list-footer__error" data-testid="load-more-error">
          {errorMessage(loadMoreError)}
        </Text>
      ) : null}
      <ActionButton
        variant="secondary"
        testId="load-more"
        loading={loadingMore}
        onClick={onLoadMore}
      >
        {loadingMore ? '正在加载…' : loadMoreError ? '重试加载' : '加载更多'}
      </ActionButton>
    </View>
  )
}
