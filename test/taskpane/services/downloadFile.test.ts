/** @jest-environment jsdom */
/** The browser download: a Blob of the right type behind an object URL, clicked through a temporary `<a download>`. */
import { downloadWithLink } from '../../../src/taskpane/services/downloadFile';

type Clicked = { href: string; download: string; inDocument: boolean };

describe('downloadWithLink', () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  let clicked: Clicked[] = [];
  const originals = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    click: HTMLAnchorElement.prototype.click,
  };

  beforeEach(() => {
    jest.useFakeTimers();
    created.length = 0;
    revoked.length = 0;
    clicked = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), `blob:test/${created.length}`);
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.href,
        download: this.download,
        inDocument: document.body.contains(this),
      });
    };
  });

  afterEach(() => {
    jest.useRealTimers();
    URL.createObjectURL = originals.create;
    URL.revokeObjectURL = originals.revoke;
    HTMLAnchorElement.prototype.click = originals.click;
  });

  /** The bytes of a Blob (jsdom's Blob has no arrayBuffer()). */
  function bytesOf(blob: Blob): Promise<Uint8Array> {
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blob);
    });
  }

  it('downloads bytes under the file name and media type given, then removes the link and frees the URL', async () => {
    const whole = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3b, 0x62, 0x0d, 0x0a, 0x99]);
    downloadWithLink('titres-2026-generique.csv', whole.subarray(0, 8), 'text/csv;charset=utf-8');
    expect(clicked).toEqual([
      { href: 'blob:test/1', download: 'titres-2026-generique.csv', inDocument: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    expect(revoked).toEqual([]);
    jest.runAllTimers();
    expect(revoked).toEqual(['blob:test/1']);
    jest.useRealTimers();
    expect(await bytesOf(created[0]!)).toEqual(whole.subarray(0, 8));
  });

  it('downloads text as UTF-8', async () => {
    downloadWithLink('rapport-2026.html', '<p>Réduction</p>', 'text/html;charset=utf-8');
    expect(clicked.map((c) => c.download)).toEqual(['rapport-2026.html']);
    jest.useRealTimers();
    expect(Buffer.from(await bytesOf(created[0]!)).toString('utf8')).toBe('<p>Réduction</p>');
  });
});
