/** French typography of text from the engine and from Excel. */
import { frenchTypography } from '../../../src/taskpane/format/frenchTypography';

describe('frenchTypography', () => {
  it('uses typographic apostrophes and no-break spaces inside guillemets and before a colon', () => {
    expect(frenchTypography("Le montant « douze » n'est pas un nombre : écrivez-le.")).toBe(
      'Le montant «\u00a0douze\u00a0» n’est pas un nombre\u00a0: écrivez-le.',
    );
  });

  it('leaves code and already typographic text as it is (idempotent)', () => {
    const done = frenchTypography("l'annexe « QP Annexe membre » ; 'code'");
    expect(frenchTypography(done)).toBe(done);
    expect(done).toContain("'code'");
  });
});
