/**
 * The Office implementation of HostOperations: every `Excel.run` of the add-in lives
 * behind this object, so the task pane never calls Office.js itself. Works on the real
 * `Excel` and on the fake Excel of the browser preview and the tests.
 */
import type { StreamedPlan } from './streamedPlan';
// The contract module directly: the engine index does not re-export the table definitions.
import { CONTRACT_TABLES, PARAMETER_NAMES } from '../../engine/contract/tables';
import { applyPlan } from './applyPlan';
import type { ExcelLike } from './excelLike';
import type {
  ApplyPlanOptions,
  HostOperations,
  InputTableData,
  WriteProgress,
} from './hostOperations';
import { hostFailure } from './officeHostError';
import { readWorkbook } from './readWorkbook';
import { DEFAULT_LIMITS, type RequestLimits } from './requestLimits';
import { hostSupportsPageLayout } from './pageLayoutSupport';
import { newWriteToken } from './temporaryNames';
import { writeInputTables } from './writeInputTables';

/** Options for tests and benchmarks. */
export interface OfficeHostOptions {
  /** Request limits (default: 10,000 rows, 4 MB, 100,000 cells read). */
  readonly limits?: RequestLimits;
  /** Token of temporary names (default: random). */
  readonly token?: () => string;
  /** Whether to apply the page set-up of printable sheets (default: the host reports ExcelApi 1.9). */
  readonly pageLayout?: boolean;
}

/**
 * Rows of an empty table of the template: none, except `Parametres`, which lists every
 * parameter name with a blank value, so that the user only fills the values in.
 */
function templateRows(table: string): InputTableData['rows'] {
  return table === 'Parametres' ? PARAMETER_NAMES.map((name) => [name, null]) : [];
}

/** The host operations over an Excel (real or fake). */
export function createOfficeHost(
  excel: ExcelLike,
  options: OfficeHostOptions = {},
): HostOperations {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const token = options.token ?? (() => newWriteToken());
  return {
    readWorkbook: () => readWorkbook(excel, limits),
    applyPlan: (
      plan: StreamedPlan,
      onProgress?: (progress: WriteProgress) => void,
      applyOptions: ApplyPlanOptions = {},
    ) =>
      applyPlan(
        excel,
        plan,
        limits,
        token(),
        onProgress,
        applyOptions.replace ?? 'all',
        options.pageLayout ?? hostSupportsPageLayout(),
      ),
    async selectCell(sheet: string, address: string): Promise<void> {
      try {
        await excel.run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        throw hostFailure(
          `La sélection de la cellule ${address} de la feuille « ${sheet} »`,
          error,
        );
      }
    },
    createInputTemplate: () =>
      writeInputTables(
        excel,
        CONTRACT_TABLES.map((t) => ({
          name: t.name,
          headers: t.headers,
          rows: templateRows(t.name),
        })),
        limits,
      ),
    writeInputTables: (tables: readonly InputTableData[]) =>
      writeInputTables(excel, tables, limits),
    async documentName(): Promise<string> {
      try {
        return await excel.run(async (context) => {
          const workbook = context.workbook.load('name');
          await context.sync();
          return workbook.name;
        });
      } catch (error) {
        throw hostFailure('La lecture du nom du classeur', error);
      }
    },
  };
}
