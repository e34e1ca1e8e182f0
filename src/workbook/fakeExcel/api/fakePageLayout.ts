/**
 * Fake `Excel.PageLayout` (ExcelApi 1.9) and `Excel.HeaderFooter`: orientation, paper,
 * zoom, margins (points), the default header and footer, print title rows; each setter
 * is a queued write recorded in the sheet's page set-up, as Excel applies it on sync.
 */
import { parseRect } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import type { FakeSheetModel } from '../model/sheetModel';
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import type { FakeRange } from './fakeRange';

const MARGINS = [
  'leftMargin',
  'rightMargin',
  'topMargin',
  'bottomMargin',
  'headerMargin',
  'footerMargin',
] as const;
const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'centerFooter'] as const;

/** Fake `Excel.HeaderFooter` (the sections QuotePart writes). */
export class FakeHeaderFooter extends FakeClientObject<FakeSheetModel> {
  protected readonly typeName = 'HeaderFooter';
  protected readonly scalarProperties = [...SECTIONS];

  private section(name: (typeof SECTIONS)[number], text: string): void {
    this.queueWrite(`HeaderFooter.${name}`, text, (sheet) => {
      sheet.pageLayout.headerFooter[name] = text;
    });
  }
  get leftHeader(): string {
    return this.loadedValue('leftHeader');
  }
  set leftHeader(text: string) {
    this.section('leftHeader', text);
  }
  get centerHeader(): string {
    return this.loadedValue('centerHeader');
  }
  set centerHeader(text: string) {
    this.section('centerHeader', text);
  }
  get rightHeader(): string {
    return this.loadedValue('rightHeader');
  }
  set rightHeader(text: string) {
    this.section('rightHeader', text);
  }
  get centerFooter(): string {
    return this.loadedValue('centerFooter');
  }
  set centerFooter(text: string) {
    this.section('centerFooter', text);
  }

  protected readProperty(sheet: FakeSheetModel, property: string): unknown {
    if (!(SECTIONS as readonly string[]).includes(property)) throw this.unknownProperty(property);
    return sheet.pageLayout.headerFooter[property] ?? '';
  }
}

/** Fake `Excel.PageLayout`. */
export class FakePageLayout extends FakeClientObject<FakeSheetModel> {
  protected readonly typeName = 'PageLayout';
  protected readonly scalarProperties = ['orientation', 'paperSize', 'zoom', ...MARGINS];
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };

  constructor(core: FakeRequestContextCore, resolver: () => FakeSheetModel | null) {
    super(core, resolver);
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(core, resolver) };
  }

  private margin(name: (typeof MARGINS)[number], points: number): void {
    this.queueWrite(`PageLayout.${name}`, points, (sheet) => {
      sheet.pageLayout.margins[name] = points;
    });
  }
  get orientation(): string {
    return this.loadedValue('orientation');
  }
  set orientation(value: string) {
    this.queueWrite('PageLayout.orientation', value, (sheet) => {
      sheet.pageLayout.orientation = value;
    });
  }
  get paperSize(): string {
    return this.loadedValue('paperSize');
  }
  set paperSize(value: string) {
    this.queueWrite('PageLayout.paperSize', value, (sheet) => {
      sheet.pageLayout.paperSize = value;
    });
  }
  get zoom(): { scale?: number } {
    return this.loadedValue('zoom');
  }
  set zoom(value: { scale?: number }) {
    this.queueWrite('PageLayout.zoom', value, (sheet) => {
      sheet.pageLayout.zoom = { ...value };
    });
  }
  get leftMargin(): number {
    return this.loadedValue('leftMargin');
  }
  set leftMargin(points: number) {
    this.margin('leftMargin', points);
  }
  get rightMargin(): number {
    return this.loadedValue('rightMargin');
  }
  set rightMargin(points: number) {
    this.margin('rightMargin', points);
  }
  get topMargin(): number {
    return this.loadedValue('topMargin');
  }
  set topMargin(points: number) {
    this.margin('topMargin', points);
  }
  get bottomMargin(): number {
    return this.loadedValue('bottomMargin');
  }
  set bottomMargin(points: number) {
    this.margin('bottomMargin', points);
  }
  get headerMargin(): number {
    return this.loadedValue('headerMargin');
  }
  set headerMargin(points: number) {
    this.margin('headerMargin', points);
  }
  get footerMargin(): number {
    return this.loadedValue('footerMargin');
  }
  set footerMargin(points: number) {
    this.margin('footerMargin', points);
  }

  /** Rows repeated at the top of every page: a `$1:$2` address or a range. */
  setPrintTitleRows(rows: FakeRange | string): void {
    if (typeof rows !== 'string')
      throw new FakeRichApiError(
        'InvalidArgument',
        'The fake Excel takes print title rows as an address.',
        'PageLayout.setPrintTitleRows',
      );
    const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
    const rect = match ? null : parseRect(rows);
    const first = match ? Number(match[1]) - 1 : rect?.row;
    const last = match ? Number(match[2]) - 1 : rect ? rect.row + rect.rowCount - 1 : undefined;
    if (first === undefined || last === undefined || first < 0 || last < first)
      throw new FakeRichApiError(
        'InvalidArgument',
        `Invalid print title rows '${rows}'.`,
        'PageLayout.setPrintTitleRows',
      );
    this.queueWrite('PageLayout.setPrintTitleRows', rows, (sheet) => {
      sheet.pageLayout.titleRows = { first, last };
    });
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    return property === 'headersFooters' ? this.headersFooters.defaultForAllPages : undefined;
  }

  protected readProperty(sheet: FakeSheetModel, property: string): unknown {
    const layout = sheet.pageLayout;
    if (property === 'orientation') return layout.orientation ?? 'Portrait';
    if (property === 'paperSize') return layout.paperSize ?? 'Letter';
    if (property === 'zoom') return layout.zoom ?? { scale: 100 };
    if ((MARGINS as readonly string[]).includes(property)) return layout.margins[property] ?? 0;
    throw this.unknownProperty(property);
  }
}
