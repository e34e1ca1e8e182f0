/**
 * Whether the host supports `Worksheet.pageLayout` (ExcelApi 1.9). Office.js is not
 * imported: the global `Office` is read when present (in Excel), else the answer is no
 * (the browser preview and tests pass the answer through `OfficeHostOptions`).
 */

interface OfficeRequirements {
  readonly context?: {
    readonly requirements?: { isSetSupported?(name: string, version?: string): boolean };
  };
}

/** True when the running Office host reports ExcelApi 1.9. */
export function hostSupportsPageLayout(): boolean {
  const office = (globalThis as { Office?: OfficeRequirements }).Office;
  try {
    return office?.context?.requirements?.isSetSupported?.('ExcelApi', '1.9') === true;
  } catch {
    return false;
  }
}
