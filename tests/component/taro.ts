// @tarojs/taro for component tests: the H5 API plus the React hooks Taro injects at build time.
import * as h5 from '@tarojs/taro-h5'
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime'

// Taro's H5 build rewrites `Taro.x` into named imports of @tarojs/taro-h5 (its babel plugin), so the
// default object lacks most APIs; tests get them all on the default, as app code uses it.
const { default: base, ...api } = h5
const Taro = Object.assign(base, api, hooks)

export * from '@tarojs/taro-h5'
export {
  useDidHide,
  useDidShow,
  useLaunch,
  useLoad,
  usePullDownRefresh,
  useReachBottom,
  useReady,
  useRouter,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
