// 社区活动 page config.
export default definePageConfig({ navigationBarTitleText: '社区活动', enablePullDownRefresh: true })
