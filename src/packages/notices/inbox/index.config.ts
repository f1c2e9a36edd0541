// 消息 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '消息', enablePullDownRefresh: true })
