import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { runQuotePart } from '../../../src/engine';
import { FUNDING_MODELS, FUNDING_MODEL_ROWS } from '../../../src/engine/models/registry';
import { normalizeName } from '../../../src/engine/text/normalizeName';
import { OPTIONS } from '../support/workbookBuilder';
import { smallWorkbook } from '../support/smallWorkbook';

const ENGINE = path.join(__dirname, '../../../src/engine');

/** Files still allowed to name model ids: none since the calculation text asks the registry (issue 10 item 3). */
const PENDING: readonly string[] = [];
/** Where the ids are declared. */
const DECLARATION = 'domain/inputModel.ts';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The lines of `text` holding a string literal that is a model id. */
function modelIdLines(text: string): number[] {
  const ids = new Set(Object.keys(FUNDING_MODELS));
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found: number[] = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan())
    if (
      (t === ts.SyntaxKind.StringLiteral || t === ts.SyntaxKind.NoSubstitutionTemplateLiteral) &&
      ids.has(scanner.getTokenValue())
    )
      found.push(text.slice(0, scanner.getTokenStart()).split('\n').length);
  return found;
}

/** `file:line` of each model id literal of an engine file. */
function modelIdLiterals(file: string): string[] {
  const lines = modelIdLines(fs.readFileSync(file, 'utf8'));
  return lines.map((line) => `${path.relative(ENGINE, file)}:${line}`);
}

describe('the funding models registry', () => {
  it('gives every model names no other model shares', () => {
    const names = FUNDING_MODEL_ROWS.flatMap((m) => [m.label, ...m.aliases].map(normalizeName));
    expect(new Set(names).size).toBe(names.length);
  });

  it('is the only place outside models/ where a model id decides anything', () => {
    const outside = sourceFiles(ENGINE).filter((f) => {
      const rel = path.relative(ENGINE, f).split(path.sep).join('/');
      return !rel.startsWith('models/') && rel !== DECLARATION && !PENDING.includes(rel);
    });
    expect(outside.flatMap(modelIdLiterals)).toEqual([]);
  });

  it('finds a model id written as a string literal, not in a comment (the check above can fail)', () => {
    const probe =
      "// 'groupement'\nconst a = 1;\nif (s.model === 'groupement') a;\nconst t = `service-commun`;\n";
    expect(modelIdLines(probe)).toEqual([3, 4]);
  });
});

describe('Services.Modèle read through the registry', () => {
  const services = (support: string, achats: string) => ({
    headers: ['Service', 'Modèle', 'Clé', 'Unité', 'Frais de gestion', 'Échéances'],
    rows: [
      ['Info', 'Service commun', 'Population', null, null, 1],
      ['Support', support, null, 'heure', null, 1],
      ['Achats', achats, 'Égalitaire', null, '1,5 %', 1],
    ],
  });

  it('accepts each model by an alias', () => {
    const out = runQuotePart(
      smallWorkbook({
        tables: { Services: services('mise a disposition de services', 'GROUPEMENT') },
      }),
      OPTIONS,
    );
    expect(out.status).toBe('ok');
    const models = new Map(out.json.quoteParts.map((r) => [r.service, r.model]));
    expect([...models]).toEqual([
      ['Info', 'service-commun'],
      ['Support', 'mise-a-disposition'],
      ['Achats', 'groupement'],
    ]);
  });

  it('lists every model by its label when the model is unknown', () => {
    const out = runQuotePart(
      smallWorkbook({ tables: { Services: services('Régie', 'Groupement') } }),
      OPTIONS,
    );
    const problem = out.problems.find((p) => p.code === 'MODELE_INCONNU');
    expect(problem?.message).toBe(
      'Modèle « Régie » inconnu pour le service « Support » : indiquez Mise à disposition, Service commun, Groupement de commandes ou Service support.',
    );
  });
});
