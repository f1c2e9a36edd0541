// 我的任务 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '我的任务', enablePullDownRefresh: true })
