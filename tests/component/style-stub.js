// Stylesheets are not part of what component tests check.
module.exports = {}
