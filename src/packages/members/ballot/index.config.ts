// 评议党员 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '评议党员', enablePullDownRefresh: true })
