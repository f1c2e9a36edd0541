// Component-test setup: load Taro first (it breaks a circular import), then bind React to its runtime.
require('@tarojs/taro')
const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')

createH5NativeComponentConfig(null, React, ReactDOM)

// Components render in jsdom as in the H5 build; a test may switch to 'weapp' for the cloud path.
process.env.TARO_ENV = 'h5'

// The API client's automatic retries run without waiting in tests (what is retried stays the same).
const { retryTiming } = require('../../src/shared/api/retry-policy')
retryTiming.delaysMs = [0, 0, 0]

export {}
