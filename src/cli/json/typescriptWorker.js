// Starts a worker written in TypeScript when the CLI runs from its sources (under ts-jest):
// TypeScript files are compiled on load, like ts-jest does, then the script in
// workerData.script runs. The compiled CLI (lib/) starts its workers' .js files directly.
'use strict';
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const output = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2021,
      esModuleInterop: true,
    },
  });
  module._compile(output.outputText, filename);
};
require(workerData.script);
