// 内容审核 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '内容审核', enablePullDownRefresh: true })
