/**
 * Whether an XML part is complete: its last tag (after trailing whitespace, comments and
 * processing instructions) closes the expected root element. A part cut short — a copy
 * interrupted, a tool that crashed while writing — ends inside its content instead, and
 * reading what is there would silently drop the rest (rows of a sheet, strings, columns).
 * Constant time: only the end of the text is looked at.
 */

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** End offset of the text once trailing whitespace, comments and `<?…?>` are removed. */
function contentEnd(xml: string): number {
  let end = xml.length;
  for (;;) {
    while (end > 0 && isSpace(xml.charCodeAt(end - 1))) end--;
    const tail = xml.substring(Math.max(0, end - 3), end);
    if (tail === '-->') {
      const start = xml.lastIndexOf('<!--', end - 3);
      if (start < 0) return end;
      end = start;
    } else if (tail.endsWith('?>')) {
      const start = xml.lastIndexOf('<?', end - 2);
      if (start < 0) return end;
      end = start;
    } else {
      return end;
    }
  }
}

/** Local name of a qualified name (`x:worksheet` → `worksheet`). */
function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.substring(colon + 1);
}

/**
 * True when `xml` ends with the end tag of an element of local name `root` (any prefix),
 * or is a lone self-closing root (`<sst count="0"/>`).
 */
export function isRootClosed(xml: string, root: string): boolean {
  const end = contentEnd(xml);
  if (end === 0 || xml.charCodeAt(end - 1) !== 62 /* > */) return false;
  const start = xml.lastIndexOf('<', end - 1);
  if (start < 0) return false;
  const tag = xml.substring(start, end);
  const endTag = /^<\/([^\s>]+)\s*>$/.exec(tag);
  if (endTag !== null) return localName(endTag[1] ?? '') === root;
  const selfClosing = /^<([^\s/>]+)(?:\s[^>]*)?\/>$/.exec(tag);
  if (selfClosing === null || localName(selfClosing[1] ?? '') !== root) return false;
  // Only the root itself may close this way: nothing but a prolog before it.
  return /^(?:\uFEFF)?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*$/.test(xml.substring(0, start));
}
