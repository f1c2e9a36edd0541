// 首页 page config.
export default definePageConfig({ navigationBarTitleText: '邻里' })
