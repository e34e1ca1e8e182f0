/**
 * Suggestions for an unknown name ("did you mean…"), so that an error message names the
 * closest known members, services or criteria instead of leaving the user to search.
 */
import { normalizeName } from './normalizeName';

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = above;
    }
  }
  return prev[b.length] ?? 0;
}

/** Up to `count` known names closest to `name` (by edit distance on normalised forms). */
export function closestNames(name: string, known: readonly string[], count = 3): string[] {
  const key = normalizeName(name);
  const loose = (text: string) => normalizeName(text).replace(/[-'.,]/g, '');
  const looseKey = loose(name);
  return known
    .map((k, index) => {
      // A known name that contains what was typed (« Lavergne » → « Lavergne-les-Prés ») comes first.
      const contains = looseKey.length >= 3 && loose(k).includes(looseKey);
      return { k, index, d: contains ? -1 : distance(key, normalizeName(k)) };
    })
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, count)
    .map((x) => x.k);
}

/** « A », « B » ou « C » — a French list of quoted names for messages. */
export function frenchList(names: readonly string[]): string {
  const quoted = names.map((n) => `« ${n} »`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1]}`;
}
