// 我的承诺 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '我的承诺', enablePullDownRefresh: true })
