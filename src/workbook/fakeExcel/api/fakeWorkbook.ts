/**
 * Fake `Excel.Workbook`, `Excel.Application` and `Excel.RequestContext`: the entry points
 * a batch receives from `Excel.run`.
 */
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeWorkbookModel } from '../model/workbookModel';
import { ACTION_OVERHEAD_BYTES, type FakeRequestContextCore } from '../runtime/requestContext';
import { FakeDocumentProperties } from './fakeProperties';
import { FakeTableCollection } from './fakeTables';
import { FakeWorksheetCollection } from './fakeWorksheets';

/** Fake `Excel.Application`. */
export class FakeApplication {
  private readonly core: FakeRequestContextCore;

  constructor(core: FakeRequestContextCore) {
    this.core = core;
  }

  /** Suspends recalculation until the next sync (ExcelApi 1.6); the fake records it per sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.core.enqueue({
      requestBytes: ACTION_OVERHEAD_BYTES,
      writes: false,
      apply: () => undefined,
    });
    this.core.suspendCalculation();
  }
}

/** Fake `Excel.Workbook`. */
export class FakeWorkbook extends FakeClientObject<FakeWorkbookModel> {
  protected readonly typeName = 'Workbook';
  protected readonly scalarProperties = ['name'];
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  /** Document properties (only `custom`, ExcelApi 1.7). */
  readonly properties: FakeDocumentProperties;

  constructor(core: FakeRequestContextCore) {
    super(core, () => core.session.model);
    this.properties = new FakeDocumentProperties(core);
    this.worksheets = new FakeWorksheetCollection(core);
    this.tables = new FakeTableCollection(core, () => core.session.model.tables);
    this.application = new FakeApplication(core);
  }

  get name(): string {
    return this.loadedValue('name');
  }

  protected readProperty(model: FakeWorkbookModel, property: string): unknown {
    if (property !== 'name') throw this.unknownProperty(property);
    return model.name;
  }
}

/** Fake `Excel.RequestContext`. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private readonly core: FakeRequestContextCore;

  constructor(core: FakeRequestContextCore) {
    this.core = core;
    this.workbook = new FakeWorkbook(core);
    this.application = this.workbook.application;
  }

  /** Sends the queued actions; resolves with `passThroughValue` like Office.js. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.core.sync();
    return passThroughValue;
  }
}
