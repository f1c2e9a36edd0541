// 报到审核 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '报到审核', enablePullDownRefresh: true })
