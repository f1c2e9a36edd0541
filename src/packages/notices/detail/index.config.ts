// 通知详情 page config: shareable (转发到群 opens this page from the card).
export default definePageConfig({ navigationBarTitleText: '通知', enableShareAppMessage: true })
