// 诉求详情 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '诉求详情', enablePullDownRefresh: true })
