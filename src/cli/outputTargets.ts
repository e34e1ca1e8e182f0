/**
 * Every file a `compute` run may write (workbook, JSON, report, titres, reductions),
 * checked before the input is even read: each folder exists, no target is a folder, and
 * no two targets, nor a target and the input, are the same file — so that a long run never
 * ends on a usage error, and one output never overwrites another or the input (`-o`
 * naming the input is refused too).
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { reductionsPathFor } from '../engine';
import type { ComputeOptions } from './cliArgs';
import { FileProblem } from './fileProblem';

/** A file the run may write, with the French name used in messages. */
export interface OutputTarget {
  readonly path: string;
  readonly label: string;
}

/**
 * The targets of a run, the output workbook first. The reductions file is listed
 * whenever titres are exported: whether the run is a régularisation is only known later.
 */
export function outputTargets(options: ComputeOptions, output: string): OutputTarget[] {
  const targets: OutputTarget[] = [{ path: output, label: 'le classeur de sortie' }];
  if (options.json !== null) targets.push({ path: options.json, label: 'le fichier JSON' });
  if (options.report !== null) targets.push({ path: options.report, label: 'le rapport HTML' });
  if (options.annexPdf !== undefined)
    targets.push({ path: options.annexPdf.path, label: "l'annexe PDF" });
  if (options.exportTitres !== null) {
    targets.push({ path: options.exportTitres.path, label: "l'export des titres" });
    targets.push({
      path: reductionsPathFor(options.exportTitres.path),
      label: "l'export des réductions",
    });
  }
  return targets;
}

/** `de` + label with French contraction: `du classeur de sortie`, `de l'export des titres`. */
function ofLabel(label: string): string {
  return label.startsWith('le ') ? `du ${label.substring(3)}` : `de ${label}`;
}

async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (info === null || !info.isDirectory())
    throw new FileProblem(`le dossier de sortie n'existe pas : ${folder}`);
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new FileProblem(`${path} est un dossier, pas un fichier`);
}

/** Whether two paths name one existing file (same path, symbolic or hard link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [first, second] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return first !== null && second !== null && first.dev === second.dev && first.ino === second.ino;
}

/**
 * Throws a FileProblem when two targets are one file, when a target — the output workbook
 * included — is the input (the input is the user's and is never replaced: compared by
 * path and by file identity, so a link to it is refused too), or when a target cannot be
 * written.
 */
export async function checkOutputTargets(
  input: string,
  targets: readonly OutputTarget[],
): Promise<void> {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as OutputTarget;
    if (await sameFile(target.path, input))
      throw new FileProblem(
        `${target.label} doit être distinct du classeur d'entrée, qui n'est jamais modifié : ${target.path}`,
      );
    const same = targets
      .slice(0, i)
      .find((earlier) => resolve(earlier.path) === resolve(target.path));
    if (same !== undefined)
      throw new FileProblem(
        `${target.label} doit être distinct ${ofLabel(same.label)} : ${target.path}`,
      );
  }
  for (const target of targets) await checkWritable(target.path);
}
