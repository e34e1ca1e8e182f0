/**
 * Markup Compatibility (ECMA-376 Part 3) preprocessing of a part before schema
 * validation, as a consumer that understands only the ECMA-376 Transitional namespaces
 * does it: elements and attributes of the namespaces a part declares ignorable
 * (`mc:Ignorable="x14ac xr"`) are removed, `mc:AlternateContent` is replaced by its
 * `mc:Fallback` content, and the `mc:` attributes go. Excel writes such extensions in
 * every part (`x14ac:dyDescent` on rows…): the published XSDs know none of them.
 *
 * Then exactly one known defect of the published XSD is allowed: `xml:space` on the
 * string element `<t>`, which Excel itself writes and CT_Rst/CT_RElt do not declare.
 */

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/?[A-Za-z_][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>|[^<]+/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*("[^"]*"|'[^']*')/g;

interface Frame {
  readonly scope: Map<string, string>;
  readonly ignorable: Set<string>;
  /** Whether the element's tags are written (false: unwrapped or removed). */
  readonly written: boolean;
  /** Whether the element's content is dropped with it. */
  readonly skipping: boolean;
  readonly qualified: string;
  /** Inside mc:AlternateContent: its children are Choice/Fallback. */
  readonly alternate: boolean;
  /** Inside an extension (`extLst/ext`): its content is kept as written (see below). */
  readonly extension: boolean;
}

function namespaceOf(scope: Map<string, string>, qualified: string, isAttribute: boolean): string {
  const colon = qualified.indexOf(':');
  if (colon < 0) return isAttribute ? '' : (scope.get('') ?? '');
  return scope.get(qualified.substring(0, colon)) ?? '';
}

/** The part as a Transitional-only consumer sees it (see the file comment). */
export function preprocessForSchema(xml: string): string {
  const root: Frame = {
    scope: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]),
    ignorable: new Set(),
    written: true,
    skipping: false,
    qualified: '',
    alternate: false,
    extension: false,
  };
  const stack: Frame[] = [root];
  let out = '';
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    const parent = stack[stack.length - 1] as Frame;
    if (!token.startsWith('<') || token.startsWith('<!') || token.startsWith('<?')) {
      if (!parent.skipping && !parent.alternate) out += token;
      continue;
    }
    if (token.startsWith('</')) {
      const frame = stack.pop() as Frame;
      if (frame.written) out += token;
      continue;
    }
    const selfClosing = token.endsWith('/>');
    const qualified = /^<([^\s/>]+)/.exec(token)?.[1] ?? '';
    const attributes = [...token.matchAll(ATTRIBUTE)].map((a) => [a[1] ?? '', a[2] ?? ''] as const);
    const scope = new Map(parent.scope);
    for (const [name, value] of attributes) {
      if (name === 'xmlns') scope.set('', value.slice(1, -1));
      else if (name.startsWith('xmlns:')) scope.set(name.substring(6), value.slice(1, -1));
    }
    const parentLocal = parent.qualified.substring(parent.qualified.indexOf(':') + 1);
    const localName = qualified.substring(qualified.indexOf(':') + 1);
    // An extension's content (`<ext uri="…"><x15:workbookPr/></ext>`) is what the schema's
    // lax wildcard validates: removing its ignorable elements would leave an `<ext>` the
    // schema rejects as empty. Excel declares x14/x15 ignorable and writes them there.
    const extension = parent.extension || (localName === 'ext' && parentLocal === 'extLst');
    const ignorable = extension ? new Set<string>() : new Set(parent.ignorable);
    for (const [name, value] of attributes) {
      if (
        name.includes(':') &&
        namespaceOf(scope, name, true) === MC_NS &&
        name.endsWith(':Ignorable')
      )
        for (const prefix of value.slice(1, -1).trim().split(/\s+/)) {
          const uri = scope.get(prefix);
          if (uri !== undefined) ignorable.add(uri);
        }
    }
    const ns = namespaceOf(scope, qualified, false);
    const local = qualified.substring(qualified.indexOf(':') + 1);
    let frame: Frame;
    if (parent.skipping) {
      frame = { ...parent, scope, ignorable, written: false, qualified, extension };
    } else if (parent.alternate) {
      // Choice: dropped (its requirements are extensions); Fallback: its content kept.
      const keep = ns === MC_NS && local === 'Fallback';
      frame = {
        scope,
        ignorable,
        written: false,
        skipping: !keep,
        qualified,
        alternate: false,
        extension,
      };
    } else if (ns === MC_NS && local === 'AlternateContent') {
      frame = {
        scope,
        ignorable,
        written: false,
        skipping: false,
        qualified,
        alternate: true,
        extension,
      };
    } else if (ignorable.has(ns)) {
      frame = {
        scope,
        ignorable,
        written: false,
        skipping: true,
        qualified,
        alternate: false,
        extension,
      };
    } else {
      frame = {
        scope,
        ignorable,
        written: true,
        skipping: false,
        qualified,
        alternate: false,
        extension,
      };
      let tag = `<${qualified}`;
      for (const [name, value] of attributes) {
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) {
          const attributeNs = namespaceOf(scope, name, true);
          if (attributeNs === MC_NS || ignorable.has(attributeNs)) continue;
          if (name === 'xml:space' && local === 't' && ns === MAIN_NS) continue;
        }
        tag += ` ${name}=${value}`;
      }
      // Declarations made on unwrapped ancestors (mc:AlternateContent…) are written again.
      if (!parent.written && parent !== root)
        for (const [prefix, uri] of scope) {
          if (
            prefix === 'xml' ||
            attributes.some(([name]) => name === (prefix === '' ? 'xmlns' : `xmlns:${prefix}`))
          )
            continue;
          tag += prefix === '' ? ` xmlns="${uri}"` : ` xmlns:${prefix}="${uri}"`;
        }
      out += tag + (selfClosing ? '/>' : '>');
    }
    if (!selfClosing) stack.push(frame);
  }
  return out;
}
