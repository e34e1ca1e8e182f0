/**
 * The object of a titre line (≤ 160 characters), worded exactly as in `QP Titres`;
 * computed when needed rather than stored, one line at a time.
 */
import type { TitreJson } from '../../contract/resultJson';
import { titreObject } from '../../billing/titreObject';
import type { TitreLineDetail } from '../../contract/runDetails';

/** Object of the titre line `titre` (a `json.titres` row) of kind `line.kind`. */
export function titreLineObject(titre: TitreJson, line: TitreLineDetail | undefined): string {
  return titreObject(
    titre.service,
    line?.kind ?? 'quote-part',
    titre.period,
    line?.model ?? undefined,
  );
}
