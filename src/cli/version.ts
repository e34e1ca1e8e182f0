/**
 * The QuotePart version, read from package.json (found by walking up from this file, so
 * it works from src/ under jest and from lib/ once compiled).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Version of the `quote-part` package, or `0.0.0` when package.json cannot be found. */
export function quotePartVersion(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === 'quote-part' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // Not ours: keep walking up.
      }
    }
    folder = dirname(folder);
  }
  return '0.0.0';
}
