/**
 * Runs xmllint (namespace-aware parsing, XSD validation) over files and groups its
 * diagnostics by file. A diagnostic whose head is only a warning that leaves the file
 * namespace-well-formed is dropped: a relative namespace URI (`xmlns="625141ec-…"`, as
 * SharePoint metadata parts carry) is deprecated by Namespaces in XML but allowed.
 */
import { spawnSync } from 'node:child_process';

/** Warnings that do not make a part malformed. */
const HARMLESS = [/namespace warning : xmlns(:\w+)?: URI .* is not absolute/];

/** One diagnostic: its first line, and that line without the file and line number. */
export interface Diagnostic {
  readonly text: string;
  /** The message alone (`element alignment: Schemas validity error : …`), to compare parts. */
  readonly message: string;
}

/** Runs xmllint on files (relative to `cwd`); returns the diagnostics by file (absent: clean). */
export function xmllint(
  args: readonly string[],
  files: readonly string[],
  cwd: string,
): Map<string, Diagnostic[]> {
  const found = new Map<string, Diagnostic[]>();
  for (let start = 0; start < files.length; start += 200) {
    const batch = files.slice(start, start + 200);
    const result = spawnSync('xmllint', ['--noout', '--nonet', ...args, ...batch], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    let file: string | null = null;
    let harmless = false;
    for (const line of result.stderr.split('\n')) {
      if (line.trim() === '' || / validates$/.test(line)) continue;
      // A diagnostic starts with its file name; the lines after it (context, caret) follow it.
      const head = batch.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f} `));
      if (head === undefined) {
        if (file !== null && !harmless) {
          const list = found.get(file) ?? [];
          const last = list[list.length - 1];
          if (last !== undefined && list.length <= 3)
            list[list.length - 1] = { ...last, text: `${last.text} | ${line.trim()}` };
        }
        continue;
      }
      file = head;
      harmless = HARMLESS.some((pattern) => pattern.test(line));
      if (harmless || / fails to validate$/.test(line)) {
        if (!harmless) found.set(file, found.get(file) ?? []);
        continue;
      }
      const list = found.get(file) ?? [];
      list.push({
        text: line.trim(),
        message: line
          .substring(head.length)
          .replace(/^:\d+:\s*/, '')
          .trim(),
      });
      found.set(file, list);
    }
  }
  return found;
}
