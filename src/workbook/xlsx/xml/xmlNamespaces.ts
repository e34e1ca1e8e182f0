/**
 * Namespace-aware insertion into XML edited as text. The writer edits the input's parts
 * surgically (it appends `<sheet>`, `<Override>`, `<font>`…), and what a new element may
 * be called depends on the declarations in scope where it goes: openpyxl declares `r` on
 * each `<sheet>` only, the Open XML SDK binds the main namespace to `x:`, LibreOffice
 * and Excel use a default namespace. `InsertionScope` resolves, at one offset of the text,
 * the prefix bound to each namespace URI wanted, and declares one on the new element
 * itself when none is in scope — never on the root, where a descendant could rebind it.
 */
import type { ElementRange } from './xmlElements';
import { XML_END, XML_EOF, XML_START, XmlScanner } from './xmlScanner';

/** The `xml:` prefix, bound by definition (XML Namespaces §3). */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const DECLARATION = /\sxmlns(?::([^\s=]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The namespace declarations of a start tag: prefix (`''` for the default) → URI. */
export function declarationsOf(startTag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of startTag.matchAll(DECLARATION))
    found.set(match[1] ?? '', match[3] ?? match[4] ?? '');
  return found;
}

/**
 * The namespace bindings in scope at `offset` of `xml` (for content inserted there):
 * prefix (`''` for the default namespace) → URI, from the root down to the innermost
 * element open at that offset. Siblings' declarations are not in scope.
 */
export function namespacesInScope(xml: string, offset: number): Map<string, string> {
  const stack: Map<string, string>[] = [];
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== XML_EOF; token = scanner.next()) {
    if (scanner.tokenStart >= offset) break;
    if (token === XML_START) {
      if (scanner.position > offset) break;
      if (!scanner.selfClosing)
        stack.push(declarationsOf(xml.substring(scanner.tokenStart, scanner.position)));
    } else if (token === XML_END) {
      stack.pop();
    }
  }
  const scope = new Map<string, string>([['xml', XML_NS]]);
  for (const level of stack) for (const [prefix, uri] of level) scope.set(prefix, uri);
  return scope;
}

/** The URI bound to the prefix of a qualified name (`x:sheet`) in a scope, or null. */
export function namespaceOfName(
  scope: ReadonlyMap<string, string>,
  qualified: string,
): string | null {
  const colon = qualified.indexOf(':');
  const prefix = colon < 0 ? '' : qualified.substring(0, colon);
  const uri = scope.get(prefix);
  return uri === undefined || uri === '' ? null : uri;
}

/**
 * Names for new elements and attributes inserted at one offset of a part. Every name
 * asked for is qualified with a prefix in scope there, or with a new one whose
 * declaration `declarations()` returns, to write into each new top-level element's
 * start tag (children inherit it).
 */
export class InsertionScope {
  private readonly scope: Map<string, string>;
  private readonly declared = new Map<string, string>();

  constructor(xml: string, offset: number, extra?: ReadonlyMap<string, string>) {
    this.scope = namespacesInScope(xml, offset);
    for (const [prefix, uri] of extra ?? []) this.scope.set(prefix, uri);
  }

  /** The scope of new last children of `container` (self-closing or not). */
  static within(xml: string, container: ElementRange): InsertionScope {
    return container.selfClosing
      ? new InsertionScope(xml, container.start, declarationsOf(container.startTag))
      : new InsertionScope(xml, container.closeStart);
  }

  /** The qualified name of an element `localName` in namespace `uri` (`x:font`, `font`). */
  element(uri: string, localName: string, preferredPrefix = 'x'): string {
    if (this.scope.get('') === uri) return localName;
    return `${this.prefixFor(uri, preferredPrefix)}:${localName}`;
  }

  /** The qualified name of an attribute in namespace `uri` (`r:id`); never unprefixed. */
  attribute(uri: string, localName: string, preferredPrefix: string): string {
    return `${this.prefixFor(uri, preferredPrefix)}:${localName}`;
  }

  /** The declarations the new names need (` xmlns:r="…"`), or `''`. */
  declarations(): string {
    let out = '';
    for (const [prefix, uri] of this.declared)
      out += prefix === '' ? ` xmlns="${uri}"` : ` xmlns:${prefix}="${uri}"`;
    return out;
  }

  private prefixFor(uri: string, preferred: string): string {
    for (const [prefix, bound] of this.scope) if (prefix !== '' && bound === uri) return prefix;
    let prefix = preferred;
    for (let n = 2; this.scope.has(prefix); n++) prefix = `${preferred}${n}`;
    this.scope.set(prefix, uri);
    this.declared.set(prefix, uri);
    return prefix;
  }
}

/** The namespace URI of an element found in `xml` (by its prefix and the declarations in scope, its own included), or null. */
export function namespaceOfElement(
  xml: string,
  element: { readonly start: number; readonly prefix: string; readonly startTag: string },
): string | null {
  const scope = namespacesInScope(xml, element.start);
  for (const [prefix, uri] of declarationsOf(element.startTag)) scope.set(prefix, uri);
  return namespaceOfName(scope, `${element.prefix}x`);
}
