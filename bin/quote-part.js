#!/usr/bin/env node
// Entry point of the headless CLI (compiled by `npm run prepare` into lib/).
// `compute` runs in a child Node process started with a larger young generation
// (`--max-semi-space-size=64`, see src/cli/relaunch.ts); everything else runs here.
'use strict';

function runHere() {
  if (process.argv[2] === 'compute') {
    // Ctrl-C, SIGTERM, SIGHUP or the parent's death: remove temporary files, then stop.
    let interruption = null;
    try {
      interruption = require('../lib/src/cli/interruption.js');
    } catch (error) {
      if (!error || error.code !== 'MODULE_NOT_FOUND') throw error;
    }
    if (interruption !== null) interruption.installInterruptionCleanup();
  }
  require('../lib/src/cli/main.js')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
}

function relaunchOrNull() {
  let relaunch;
  try {
    relaunch = require('../lib/src/cli/relaunch.js');
  } catch (error) {
    // lib/ built before the relaunch existed: run here, with Node's default heap.
    if (error && error.code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
  const command = relaunch.relaunchCommand({ execArgv: process.execArgv, script: __filename, args: process.argv.slice(2), env: process.env });
  return command === null ? null : { command, runChild: relaunch.runChild };
}

const relaunch = relaunchOrNull();
if (relaunch === null) {
  runHere();
} else {
  relaunch.runChild(process.execPath, relaunch.command).then(
    (end) => {
      if (end.signal !== null) process.kill(process.pid, end.signal);
      else process.exitCode = end.code;
    },
    () => runHere(),
  );
}
