/**
 * Fake `Excel.WorksheetCollection`: add, get by name or id (with or without null
 * object), the active sheet, and the list of sheets in workbook order.
 */
import { FakeRichApiError } from '../fakeErrors';
import type { FakeSheetModel } from '../model/sheetModel';
import { FakeCollection } from '../runtime/collection';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import { FakeWorksheet } from './fakeWorksheet';

/** The workbook's worksheets. */
export class FakeWorksheetCollection extends FakeCollection<FakeSheetModel, FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';

  constructor(core: FakeRequestContextCore) {
    super(core, () => core.session.model.sheets);
  }

  /** Adds a sheet at the end. */
  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.core, () => null);
    this.queueWrite('WorksheetCollection.add', name ?? null, () =>
      proxy.bind(this.core.session.model.addSheet(name)),
    );
    return proxy;
  }

  /** Sheet of that name or id; `ItemNotFound` at sync when absent. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => {
      const sheet = this.core.session.model.findSheet(key);
      if (!sheet)
        throw new FakeRichApiError(
          'ItemNotFound',
          `The requested worksheet '${key}' doesn't exist.`,
          'WorksheetCollection.getItem',
        );
      return sheet;
    }).queueResolve();
  }

  /** Sheet of that name or id, or a null object. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.core,
      () => this.core.session.model.findSheet(key) ?? null,
    ).queueResolve();
  }

  /** The active sheet. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.session.model.activeSheet).queueResolve();
  }

  protected wrap(sheet: FakeSheetModel): FakeWorksheet {
    return new FakeWorksheet(this.core, () => sheet);
  }
}
