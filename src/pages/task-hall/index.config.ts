// 任务大厅 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '任务大厅', enablePullDownRefresh: true })
