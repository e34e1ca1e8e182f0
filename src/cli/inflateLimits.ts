/**
 * How much the CLI lets the parts of an input workbook inflate to: the reader's default
 * (256 MiB, see `DEFAULT_INFLATE_LIMITS`), or `QUOTE_PART_MAX_INFLATED_MB` mebibytes — for
 * benchmarks or an exceptionally large workbook. A value that is not a positive whole
 * number is a usage error (exit 2) rather than silently no limit.
 */
import { DEFAULT_INFLATE_LIMITS, type InflateLimits } from '../workbook/xlsx/zip/zipArchive';
import { FileProblem } from './fileProblem';

/** The environment variable that raises or lowers the limit, in MiB. */
export const INFLATE_LIMIT_VARIABLE = 'QUOTE_PART_MAX_INFLATED_MB';

/** The limits for this run, from the environment. */
export function inflateLimitsFrom(env: NodeJS.ProcessEnv): InflateLimits {
  const value = env[INFLATE_LIMIT_VARIABLE];
  if (value === undefined || value === '') return DEFAULT_INFLATE_LIMITS;
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0)
    throw new FileProblem(
      `${INFLATE_LIMIT_VARIABLE} doit être un nombre entier de mégaoctets supérieur à 0 (reçu « ${value} »)`,
    );
  return { maxInflatedBytes: Number(value) * 1024 * 1024 };
}
