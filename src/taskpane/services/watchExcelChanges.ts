/**
 * Excel's change events for the pane's `watchWorkbook` service: `worksheets.onChanged`
 * (ExcelApi 1.9) covers every sheet, new ones included; on hosts with ExcelApi 1.7 or 1.8
 * only, the window regaining focus (the user comes back from the grid) stands in. The pane
 * then re-reads the workbook and compares fingerprints: an event never decides alone, so a
 * missed or spurious one does no harm (the check before each write still refuses stale
 * results).
 */

/** Calls `onChange` after a change in the workbook; returns how to stop listening. */
export function watchExcelChanges(onChange: () => void): () => void {
  let stopped = false;
  const notify = () => {
    if (!stopped) onChange();
  };
  window.addEventListener('focus', notify);
  if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
    void Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => notify());
      await context.sync();
    }).catch(() => undefined);
  }
  return () => {
    stopped = true;
    window.removeEventListener('focus', notify);
  };
}
