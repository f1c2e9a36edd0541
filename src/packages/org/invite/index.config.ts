// 邀请家人 page config.
export default definePageConfig({
  navigationBarTitleText: '邀请家人',
})
