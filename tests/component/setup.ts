// Component-test setup: load Taro first (it breaks a circular import), then bind React to its runtime.
require('@tarojs/taro')
const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')

createH5NativeComponentConfig(null, React, ReactDOM)

// Components render in jsdom as in the H5 build; a test may switch to 'weapp' for the cloud path.
process.env.TARO_ENV = 'h5'

export {}
