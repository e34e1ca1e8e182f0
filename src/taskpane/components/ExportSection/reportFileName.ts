/**
 * File name of the downloaded HTML report: `rapport-2026.html`, or
 * `rapport-2026-saint-aurele.html` when a member's annex is added, so that the reports of
 * several members do not overwrite one another in the downloads folder.
 */

/** Lower-case ASCII letters and digits separated by dashes: a name safe on every system. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The report's file name for a run's exercice and an optional member. */
export function reportFileName(exercice: number | null, member: string | null): string {
  const parts = ['rapport', exercice === null ? 'quotepart' : String(exercice)];
  const memberPart = member === null ? '' : slug(member);
  if (memberPart) parts.push(memberPart);
  return `${parts.join('-')}.html`;
}

/** Media type of the report (UTF-8 text, as `buildReport` writes it). */
export const REPORT_MEDIA_TYPE = 'text/html;charset=utf-8';
