// 服务菜单 page config.
export default definePageConfig({ navigationBarTitleText: '服务菜单', enablePullDownRefresh: true })
