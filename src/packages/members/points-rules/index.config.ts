// 积分规则 page config: a form, no refresh.
export default definePageConfig({ navigationBarTitleText: '积分规则' })
