import type { ExportNotice } from '../../src/engine';
import { noticeLine, noticeText } from '../../src/cli/noticeLines';

const warning: ExportNotice = {
  severity: 'warning',
  code: 'EXPORT_SIRET_ABSENT',
  count: 1,
  message: 'Débiteur sans SIRET : Vaudrey.\nComplétez Membres.',
};
const info: ExportNotice = {
  severity: 'info',
  code: 'EXPORT_TOTAL',
  count: 3,
  message: '3 lignes de titres pour 12,00 €.',
};

describe('export notice lines', () => {
  it('prints a notice like a problem line, on one line', () => {
    expect(noticeLine(warning)).toBe(
      'AVERTISSEMENT [EXPORT_SIRET_ABSENT] Export des titres : Débiteur sans SIRET : Vaudrey. Complétez Membres.',
    );
    expect(noticeLine(info)).toBe(
      'INFO [EXPORT_TOTAL] Export des titres : 3 lignes de titres pour 12,00 €.',
    );
  });

  it('keeps only the warnings when quiet', () => {
    expect(noticeText([info, warning], false)).toBe(
      `${noticeLine(info)}\n${noticeLine(warning)}\n`,
    );
    expect(noticeText([info, warning], true)).toBe(`${noticeLine(warning)}\n`);
    expect(noticeText([info], true)).toBe('');
  });
});
