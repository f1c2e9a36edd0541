// 发通知 page config.
export default definePageConfig({ navigationBarTitleText: '发通知' })
