// Taro build config shared by the weapp and h5 builds; dev/prod differences live beside it.
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const typesDir = path.join(root, 'types')

/**
 * The one place the app reads build-time env. `LINLI_API_BASE` points the H5 client at a gateway on
 * another origin; empty (the default) means same origin, as the local server serves both.
 */
const buildEnv = {
  'process.env.LINLI_API_BASE': JSON.stringify(process.env.LINLI_API_BASE ?? ''),
  'process.env.LINLI_CLOUD_ENV': JSON.stringify(process.env.LINLI_CLOUD_ENV ?? ''),
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    plugins: [],
    defineConstants: buildEnv,
    alias: {
      // The contract lives outside src/: alias it and let Taro's babel compile it (compile.include).
      '@linli/types': path.join(typesDir, 'index.ts'),
      '@': path.join(root, 'src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [typesDir] },
      // Each component imports its own stylesheet and no rule overrides another's, so order is free.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: the local server's SPA fallback is then never needed for deep links.
      router: { mode: 'hash' },
      compile: { include: [typesDir] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: {
            namingPattern: 'module',
            generateScopedName: '[name]__[local]___[hash:base64:5]',
          },
        },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
