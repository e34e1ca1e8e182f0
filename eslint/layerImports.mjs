/**
 * ESLint rule `quotepart/layer-imports`: the three layers' import rules, checked on the
 * resolved path of every import, whatever its depth (`../../cli`, `../../../cli/x`):
 * - a file of `src/engine` imports only files of `src/engine` (relative paths), so no npm
 *   package and no Node built-in (`fs`, `node:zlib`…);
 * - a file of `src/workbook` never imports a shell (`src/taskpane`, `src/cli`, `src/preview`).
 * Static imports, re-exports, `import()` and `require()` are all checked.
 */
import path from 'node:path';

const SHELLS = ['src/taskpane', 'src/cli', 'src/preview'];

/** `dir` relative to the repository root, with `/` separators. */
function fromRoot(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

function inside(rel, dir) {
  return rel === dir || rel.startsWith(`${dir}/`);
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go one way: engine ← workbook ← shells (by resolved path).' },
    schema: [],
    messages: {
      engineOutside:
        'src/engine imports only src/engine (pure: no npm package, no Node built-in): « {{spec}} » resolves to {{target}}.',
      enginePackage:
        'src/engine imports only src/engine (pure: no npm package, no Node built-in): « {{spec}} » is a package or built-in.',
      workbookShell: 'src/workbook never imports a shell: « {{spec}} » resolves to {{target}}.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = fromRoot(root, context.filename);
    const engine = inside(file, 'src/engine');
    const workbook = inside(file, 'src/workbook');
    if (!engine && !workbook) return {};

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      const relative = spec.startsWith('.') || spec.startsWith('/');
      if (!relative) {
        if (engine) context.report({ node, messageId: 'enginePackage', data: { spec } });
        return;
      }
      const target = fromRoot(root, path.resolve(path.dirname(context.filename), spec));
      if (engine && !inside(target, 'src/engine'))
        context.report({ node, messageId: 'engineOutside', data: { spec, target } });
      if (workbook && SHELLS.some((shell) => inside(target, shell)))
        context.report({ node, messageId: 'workbookShell', data: { spec, target } });
    }

    const source = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: source,
      ExportAllDeclaration: source,
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node.moduleReference.expression, node.moduleReference.expression.value),
      CallExpression: (node) => {
        const [first] = node.arguments;
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          first?.type === 'Literal'
        )
          check(first, first.value);
      },
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};

/** The plugin holding the rule. */
export default { rules: { 'layer-imports': layerImports } };
