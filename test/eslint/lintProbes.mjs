// Lints probe sources (JSON on stdin: [[file, code], …]) with the project's ESLint
// configuration, as if each were at `file`; prints the layer-rule messages of each (JSON).
// A separate process: ESLint loads eslint.config.mjs by a dynamic import Jest cannot run.
import { ESLint } from 'eslint';
import path from 'node:path';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of probes) {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  out.push(
    (result?.messages ?? [])
      .filter((m) => m.ruleId === 'quotepart/layer-imports' || m.fatal)
      .map((m) => m.message),
  );
}
process.stdout.write(JSON.stringify(out));
