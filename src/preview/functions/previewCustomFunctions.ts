/**
 * The preview's stand-in for Excel's `CustomFunctions` global: it keeps what
 * `CustomFunctions.associate` registers (the calls the webpack plugin appends to
 * src/functions/functions.ts) and gives the `Error` / `ErrorCode` the functions throw, so
 * that the preview grid calls the registered functions exactly as Excel would.
 */
import type {
  CustomFunctionErrorCode,
  CustomFunctionsApi,
} from '../../functions/customFunctionsApi';

/** An error value thrown by a custom function (`code` is Excel's English code, e.g. `#VALUE!`). */
export class PreviewCustomFunctionError extends Error {
  readonly code: CustomFunctionErrorCode;
  constructor(code: CustomFunctionErrorCode, message?: string) {
    super(message ?? '');
    this.code = code;
    this.name = 'CustomFunctionError';
  }
}

/** The registry: `CustomFunctions` plus the functions associated so far, by upper-case id. */
export interface PreviewFunctionRegistry extends CustomFunctionsApi {
  readonly mappings: Map<string, (...args: unknown[]) => unknown>;
}

/** Creates an empty registry. */
export function createPreviewFunctionRegistry(): PreviewFunctionRegistry {
  const mappings = new Map<string, (...args: unknown[]) => unknown>();
  return {
    mappings,
    associate(id, fn) {
      mappings.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
    },
    Error: PreviewCustomFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
  };
}

/** The registry installed as `CustomFunctions` on `target` (kept when one is already there). */
export function installPreviewFunctionRegistry(
  target: object = globalThis,
): PreviewFunctionRegistry {
  const holder = target as { CustomFunctions?: PreviewFunctionRegistry };
  holder.CustomFunctions ??= createPreviewFunctionRegistry();
  return holder.CustomFunctions;
}
