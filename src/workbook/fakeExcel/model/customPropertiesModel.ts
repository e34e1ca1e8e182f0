/**
 * The workbook's custom document properties in the fake (Excel: File › Properties ›
 * Custom; Office.js `workbook.properties.custom`, ExcelApi 1.7): keys unique without
 * case, text values trimmed to 255 characters as Excel does outside the web, so that
 * code storing longer values loses them here as it would in Excel.
 */

/** Longest key or value Excel keeps (outside Excel on the web). */
export const FAKE_PROPERTY_LIMIT = 255;

/** One custom property. */
export interface FakeCustomProperty {
  readonly key: string;
  value: string | number | boolean;
}

/** The custom properties, in creation order. */
export class FakeCustomPropertiesModel {
  readonly items: FakeCustomProperty[] = [];

  /** Property of that key (without case), or undefined. */
  find(key: string): FakeCustomProperty | undefined {
    const wanted = key.toLowerCase();
    return this.items.find((p) => p.key.toLowerCase() === wanted);
  }

  /** Creates a property or sets an existing one's value (`add` of Office.js). */
  set(key: string, value: string | number | boolean): FakeCustomProperty {
    const kept = typeof value === 'string' ? value.slice(0, FAKE_PROPERTY_LIMIT) : value;
    const existing = this.find(key);
    if (existing) {
      existing.value = kept;
      return existing;
    }
    const created = { key: key.slice(0, FAKE_PROPERTY_LIMIT), value: kept };
    this.items.push(created);
    return created;
  }

  /** Deletes a property. */
  delete(property: FakeCustomProperty): void {
    const index = this.items.indexOf(property);
    if (index >= 0) this.items.splice(index, 1);
  }
}
