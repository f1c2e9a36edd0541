// 我要反映 page config.
export default definePageConfig({ navigationBarTitleText: '我要反映' })
