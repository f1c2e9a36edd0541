// Local sign-in page config (H5 build only; app.config leaves it out of the mini-program).
export default definePageConfig({ navigationBarTitleText: '选择演示身份' })
