// The bundle leaves this package out (custom.esbuild.exclude) and the runtime does not have it.
const driver = require('left-out-of-the-bundle');

module.exports.handler = async () => ({ statusCode: 200, body: String(driver) });
