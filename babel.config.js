// Babel for Taro builds (babel-preset-taro); jest's component project brings its own transform.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
