// Ambient types for the Taro app: style imports and the build-time env the config defines.
/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built; Taro replaces it at build time, so each build keeps its own path. */
    TARO_ENV: 'weapp' | 'h5' | undefined
    /** H5 only: the gateway's origin; empty means the page's own origin. */
    LINLI_API_BASE?: string
    /** weapp only: the CloudBase env id for Taro.cloud.init; empty means the DevTools default. */
    LINLI_CLOUD_ENV?: string
  }
}
