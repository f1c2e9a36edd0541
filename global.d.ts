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

/** uCharts (秋云) ships JavaScript only: the part of its options the figures use. */
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'column' | 'bar' | 'line' | 'pie' | 'ring'
    context: unknown
    width: number
    height: number
    pixelRatio?: number
    categories?: string[]
    series: Array<{ name: string; data: number[]; color?: string }>
    animation?: boolean
    background?: string
    color?: string[]
    fontSize?: number
    padding?: number[]
    dataLabel?: boolean
    legend?: Record<string, unknown>
    xAxis?: Record<string, unknown>
    yAxis?: Record<string, unknown>
    extra?: Record<string, unknown>
  }
  export default class UCharts {
    constructor(options: UChartsOptions)
  }
}
