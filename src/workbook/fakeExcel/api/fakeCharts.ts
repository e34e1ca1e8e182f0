/**
 * Fake charts: `ChartCollection.add`, `Chart` (name, title, position) and its series
 * (`add`, `getItemAt`, `setValues`, `setXAxisValues`, ExcelApi 1.7). The fake keeps which
 * ranges each series reads; it draws nothing.
 */
import { parseCell } from '../a1';
import { FakeRichApiError } from '../fakeErrors';
import type {
  FakeChartModel,
  FakeSeriesModel,
  FakeSheetModel,
  RangeRef,
} from '../model/sheetModel';
import { FakeClientObject } from '../runtime/clientObject';
import { FakeCollection } from '../runtime/collection';
import type { FakeRequestContextCore } from '../runtime/requestContext';
import type { FakeRange } from './fakeRange';

const CHART_TYPES = new Set([
  'ColumnClustered',
  'BarClustered',
  'Pie',
  'Line',
  'ColumnStacked',
  'BarStacked',
]);

/** Fake `Excel.ChartSeries`. */
export class FakeChartSeries extends FakeClientObject<FakeSeriesModel> {
  protected readonly typeName = 'ChartSeries';
  protected readonly scalarProperties = ['name'];

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueWrite(
      'ChartSeries.name',
      value,
      (series) => {
        series.name = value;
      },
      'name',
    );
  }

  /** Sets the values of the series (ExcelApi 1.7). */
  setValues(sourceData: FakeRange): void {
    this.queueWrite('ChartSeries.setValues', 'range', (series) => {
      series.values = sourceData.target();
    });
  }

  /** Sets the categories of the series (ExcelApi 1.7). */
  setXAxisValues(sourceData: FakeRange): void {
    this.queueWrite('ChartSeries.setXAxisValues', 'range', (series) => {
      series.xValues = sourceData.target();
    });
  }

  protected readProperty(series: FakeSeriesModel, property: string): unknown {
    if (property !== 'name') throw this.unknownProperty(property);
    return series.name;
  }
}

/** Fake `Excel.ChartSeriesCollection`. */
export class FakeChartSeriesCollection extends FakeCollection<FakeSeriesModel, FakeChartSeries> {
  protected readonly typeName = 'ChartSeriesCollection';
  private readonly chart: () => FakeChartModel;

  constructor(core: FakeRequestContextCore, chart: () => FakeChartModel) {
    super(core, () => chart().series);
    this.chart = chart;
  }

  /** Adds an empty series (ExcelApi 1.7). */
  add(name?: string, index?: number): FakeChartSeries {
    const proxy = new FakeChartSeries(this.core, () => null);
    this.queueWrite('ChartSeriesCollection.add', [name ?? null, index ?? null], () => {
      const series: FakeSeriesModel = {
        name: name ?? `Série${this.chart().series.length + 1}`,
        values: null,
        xValues: null,
      };
      const list = this.chart().series;
      list.splice(index ?? list.length, 0, series);
      proxy.bind(series);
    });
    return proxy;
  }

  /** Series at a zero-based index; `ItemNotFound` at sync when absent. */
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.core, () => {
      const series = this.chart().series[index];
      if (!series)
        throw new FakeRichApiError(
          'ItemNotFound',
          `No series at index ${index}.`,
          'ChartSeriesCollection.getItemAt',
        );
      return series;
    }).queueResolve();
  }

  protected wrap(series: FakeSeriesModel): FakeChartSeries {
    return new FakeChartSeries(this.core, () => series);
  }
}

/** Fake `Excel.ChartTitle`. */
export class FakeChartTitle extends FakeClientObject<FakeChartModel> {
  protected readonly typeName = 'ChartTitle';
  protected readonly scalarProperties = ['text'];

  get text(): string {
    return this.loadedValue('text');
  }
  set text(value: string) {
    this.queueWrite(
      'ChartTitle.text',
      value,
      (chart) => {
        chart.title = value;
      },
      'text',
    );
  }

  protected readProperty(chart: FakeChartModel, property: string): unknown {
    if (property !== 'text') throw this.unknownProperty(property);
    return chart.title;
  }
}

/** Fake `Excel.Chart`. */
export class FakeChart extends FakeClientObject<FakeChartModel> {
  protected readonly typeName = 'Chart';
  protected readonly scalarProperties = ['name', 'chartType'];
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;

  constructor(core: FakeRequestContextCore, resolver: () => FakeChartModel | null) {
    super(core, resolver);
    this.title = new FakeChartTitle(core, () => this.targetOrNull());
    this.series = new FakeChartSeriesCollection(core, () => this.target());
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueWrite(
      'Chart.name',
      value,
      (chart) => {
        chart.name = value;
      },
      'name',
    );
  }

  /** Places the chart over cells (a range or an A1 address of this sheet). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.queueWrite(
      'Chart.setPosition',
      [
        typeof startCell === 'string' ? startCell : 'range',
        typeof endCell === 'string' ? endCell : 'range',
      ],
      (chart) => {
        const corner = (
          cell: FakeRange | string,
          last: boolean,
        ): { row: number; column: number } => {
          if (typeof cell === 'string') {
            const parsed = parseCell(cell);
            if (!parsed)
              throw new FakeRichApiError(
                'InvalidArgument',
                `Invalid cell '${cell}'.`,
                'Chart.setPosition',
              );
            return parsed;
          }
          const { rect } = cell.target();
          return last
            ? { row: rect.row + rect.rowCount - 1, column: rect.column + rect.columnCount - 1 }
            : { row: rect.row, column: rect.column };
        };
        chart.position = {
          from: corner(startCell, false),
          to: endCell === undefined ? null : corner(endCell, true),
        };
      },
    );
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    if (property === 'title') return this.title;
    if (property === 'series') return this.series;
    return undefined;
  }

  protected readProperty(chart: FakeChartModel, property: string): unknown {
    if (property === 'name') return chart.name;
    if (property === 'chartType') return chart.type;
    throw this.unknownProperty(property);
  }
}

/** Series Excel makes from a source range, by columns: first row as names when it is all text. */
function seriesFrom(ref: RangeRef): FakeSeriesModel[] {
  const { sheet, rect } = ref;
  const headerRow =
    rect.rowCount > 1 &&
    Array.from({ length: rect.columnCount }, (_, c) =>
      sheet.valueAt(rect.row, rect.column + c),
    ).every((v) => typeof v === 'string');
  const top = headerRow ? rect.row + 1 : rect.row;
  return Array.from({ length: rect.columnCount }, (_, c) => ({
    name: headerRow ? String(sheet.valueAt(rect.row, rect.column + c)) : `Série${c + 1}`,
    values: {
      sheet,
      rect: {
        row: top,
        column: rect.column + c,
        rowCount: rect.row + rect.rowCount - top,
        columnCount: 1,
      },
    },
    xValues: null,
  }));
}

/** Fake `Excel.ChartCollection` of one sheet. */
export class FakeChartCollection extends FakeCollection<FakeChartModel, FakeChart> {
  protected readonly typeName = 'ChartCollection';
  private readonly sheet: () => FakeSheetModel;

  constructor(core: FakeRequestContextCore, sheet: () => FakeSheetModel) {
    super(core, () => sheet().charts);
    this.sheet = sheet;
  }

  /** Adds a chart over a source range (series by columns; `Rows` is not modelled). */
  add(
    type: string,
    sourceData: FakeRange,
    seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto',
  ): FakeChart {
    const proxy = new FakeChart(this.core, () => null);
    this.queueWrite('ChartCollection.add', [type, 'range', seriesBy], () => {
      if (!CHART_TYPES.has(type))
        throw new FakeRichApiError(
          'InvalidArgument',
          `Chart type '${type}' is not modelled.`,
          'ChartCollection.add',
        );
      if (seriesBy === 'Rows')
        throw new FakeRichApiError(
          'InvalidArgument',
          'Series by rows are not modelled by the fake Excel.',
          'ChartCollection.add',
        );
      const sheet = this.sheet();
      const chart: FakeChartModel = {
        id: this.core.session.model.newId('chart'),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: '',
        series: seriesFrom(sourceData.target()),
        position: { from: { row: 0, column: 0 }, to: null },
      };
      sheet.charts.push(chart);
      proxy.bind(chart);
    });
    return proxy;
  }

  protected wrap(chart: FakeChartModel): FakeChart {
    return new FakeChart(this.core, () => chart);
  }
}
