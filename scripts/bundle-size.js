#!/usr/bin/env node
/**
 * Prints the gzipped size of the JavaScript each page of dist/ loads initially (the
 * <script> tags of taskpane.html and preview.html, outside scripts from other hosts such as
 * office.js), then of the chunks loaded on demand. Exits with status 1 when the task pane's
 * initial JavaScript exceeds the budget (350 KB gzipped, or BUNDLE_BUDGET_KB).
 *
 * Usage: node scripts/bundle-size.js [distDir]   (after `npm run build`)
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = path.resolve(process.argv[2] || 'dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB || 350);
const pages = { taskpane: 'taskpane.html', preview: 'preview.html' };

/** Gzipped size of a file of dist/, in KB (1 KB = 1024 bytes), at gzip's best level. */
function gzKb(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
}

/** Local scripts a page loads (its initial chunks), in order. */
function initialScripts(page) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] || m[2])
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
}

if (!fs.existsSync(dist)) {
  console.error(`bundle-size: ${dist} does not exist; run "npm run build" first.`);
  process.exit(2);
}
const seen = new Set();
let taskpaneTotal = 0;
for (const [entry, page] of Object.entries(pages)) {
  if (!fs.existsSync(path.join(dist, page))) continue;
  let total = 0;
  console.log(`${page} — initial JavaScript:`);
  for (const script of initialScripts(page)) {
    const kb = gzKb(script);
    total += kb;
    seen.add(script);
    console.log(`  ${script.padEnd(40)} ${kb.toFixed(1).padStart(7)} KB gz`);
  }
  console.log(`  ${'total'.padEnd(40)} ${total.toFixed(1).padStart(7)} KB gz`);
  if (entry === 'taskpane') taskpaneTotal = total;
}
const lazy = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !seen.has(f));
if (lazy.length > 0) {
  console.log('Chunks loaded on demand (engine, worker, sample, xlsx reader):');
  for (const file of lazy.sort())
    console.log(`  ${file.padEnd(40)} ${gzKb(file).toFixed(1).padStart(7)} KB gz`);
}
if (taskpaneTotal > budgetKb) {
  console.error(
    `Task pane initial JavaScript ${taskpaneTotal.toFixed(1)} KB gz exceeds the budget of ${budgetKb} KB gz.`,
  );
  process.exit(1);
}
console.log(
  `Task pane initial JavaScript: ${taskpaneTotal.toFixed(1)} KB gz (budget ${budgetKb} KB gz).`,
);
