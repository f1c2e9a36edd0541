// 本地消息出口 page config (local H5 build only).
export default definePageConfig({ navigationBarTitleText: '本地消息出口' })
