/**
 * The folder-level import graph of `src/engine`, read from the sources with TypeScript's
 * own pre-processor, and the checks of `src/engine/README.md`'s stack of floors.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** Name of the files directly in `src/engine` (its public surface) in the graph. */
export const ROOT_FOLDER = 'index.ts';

/** One import from a file of `from` to a file of another engine folder `to`. */
export interface FolderImport {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly specifier: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The folder of a file under `root`: its first directory, or `index.ts` for the files at the top. */
export function folderOf(root: string, file: string): string {
  const parts = path.relative(root, file).split(path.sep);
  return parts.length > 1 ? (parts[0] as string) : ROOT_FOLDER;
}

/** Every import (static, re-export or dynamic) between two different folders of `root`. */
export function folderImports(root: string): FolderImport[] {
  const imports: FolderImport[] = [];
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(root, target).startsWith('..')) continue;
      const from = folderOf(root, file);
      const to = folderOf(root, `${target}.ts`);
      if (from !== to) imports.push({ from, to, file: path.relative(root, file), specifier });
    }
  }
  return imports;
}

/** The folders of `root` (directories, plus `index.ts` when files sit at the top). */
export function folders(root: string): string[] {
  return [...new Set(sourceFiles(root).map((f) => folderOf(root, f)))].sort();
}

/** A loop of folders (first folder repeated at the end), or null when the graph has none. */
export function findCycle(imports: readonly Pick<FolderImport, 'from' | 'to'>[]): string[] | null {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)?.add(to);
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of next.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** Number of floors of the longest import chain (1 for folders importing no other folder); graph without loop. */
export function longestChain(imports: readonly Pick<FolderImport, 'from' | 'to'>[]): number {
  const memo = new Map<string, number>();
  const height = (node: string): number => {
    let h = memo.get(node);
    if (h === undefined) {
      h = 1;
      for (const i of imports) if (i.from === node) h = Math.max(h, 1 + height(i.to));
      memo.set(node, h);
    }
    return h;
  };
  return Math.max(0, ...imports.flatMap((i) => [height(i.from), height(i.to)]));
}

/** The floor of each folder declared in the README's table (`| 3 | \`domain\` | … |`). */
export function declaredFloors(readme: string): Map<string, number> {
  const floors = new Map<string, number>();
  for (const line of readme.split('\n')) {
    const m = /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line);
    if (!m) continue;
    for (const name of (m[2] as string).matchAll(/`([^`]+)`/g))
      floors.set(name[1] as string, Number(m[1]));
  }
  return floors;
}

/** The imports that do not go to a strictly lower declared floor (running back up or sideways). */
export function upwardImports(
  imports: readonly FolderImport[],
  floors: ReadonlyMap<string, number>,
): FolderImport[] {
  return imports.filter((i) => {
    const from = floors.get(i.from);
    const to = floors.get(i.to);
    return from === undefined || to === undefined || to >= from;
  });
}
