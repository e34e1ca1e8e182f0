/**
 * Loads the sample workbook's input tables on demand: a separate chunk, so that the sample
 * data is not part of the initial task-pane JavaScript.
 */
import type { InputTableData } from '../workbook/office/hostOperations';

/** The sample's input tables, ready for `HostOperations.writeInputTables`. */
export async function loadSampleTables(): Promise<readonly InputTableData[]> {
  const { SAMPLE_TABLES } = await import(
    /* webpackChunkName: "sample" */ '../workbook/sample/sampleData'
  );
  return SAMPLE_TABLES;
}
