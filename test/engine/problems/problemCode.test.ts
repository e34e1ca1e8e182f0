import * as fs from 'fs';
import * as path from 'path';
import { PROBLEM_CODES, type ProblemCode } from '../../../src/engine/problems/problemCode';

const DOC = fs.readFileSync(path.join(__dirname, '../../../docs/problemes.md'), 'utf8');

/**
 * The codes of the tables of docs/problemes.md (first column), except the section on
 * unreadable files, whose codes are the CLI's read errors, not problems.
 */
function documentedCodes(markdown: string): string[] {
  const codes: string[] = [];
  let skipped = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) skipped = line.includes('Fichiers illisibles');
    else if (!skipped && line.startsWith('| `'))
      for (const m of (line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g))
        codes.push(m[1] as string);
  }
  return codes;
}

describe('ProblemCode', () => {
  it('lists each code once', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });

  it('is the list of docs/problemes.md, both ways and in its order', () => {
    expect(documentedCodes(DOC)).toEqual([...PROBLEM_CODES]);
  });

  it('reads the codes of a table row and skips the unreadable-files section', () => {
    const doc = [
      '## A',
      '| `UN`, `DEUX` | erreur | cause avec `AUTRE` |',
      '## Fichiers illisibles (ligne de commande)',
      '| `NOT_ZIP` | cause |',
      '## B',
      '| `TROIS` | avertissement | cause |',
    ].join('\n');
    expect(documentedCodes(doc)).toEqual(['UN', 'DEUX', 'TROIS']);
  });

  it('does not accept a misspelt code (checked by the compiler)', () => {
    // @ts-expect-error: a typo in a code does not compile.
    const typo: ProblemCode = 'MONTANT_INVALIDE';
    const right: ProblemCode = 'NOMBRE_INVALIDE';
    expect(PROBLEM_CODES).toContain(right);
    expect(PROBLEM_CODES).not.toContain(typo);
  });
});
