// 网格待办 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '网格待办', enablePullDownRefresh: true })
