/**
 * Notices of the titres export as the CLI prints them on standard error, in the format
 * of the problem lines: `AVERTISSEMENT [CODE] Export des titres : message` (`INFO` for
 * information such as the exported total). `--quiet` keeps the warnings only.
 */
import type { ExportNotice } from '../engine';

/** The line of one export notice (without newline). */
export function noticeLine(notice: ExportNotice): string {
  return `${notice.severity === 'warning' ? 'AVERTISSEMENT' : 'INFO'} [${notice.code}] Export des titres : ${notice.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** The text to print for the notices: every line, or with `quiet` the warnings only. */
export function noticeText(notices: readonly ExportNotice[], quiet: boolean): string {
  return notices
    .filter((notice) => notice.severity === 'warning' || !quiet)
    .map((notice) => `${noticeLine(notice)}\n`)
    .join('');
}
