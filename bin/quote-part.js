#!/usr/bin/env node
// Entry point of the headless CLI (compiled by `npm run prepare` into lib/).
require('../lib/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
