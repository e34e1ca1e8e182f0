/**
 * A small SVG bar chart of one scenario against Référence: one horizontal bar per member,
 * to the right (red) when the member pays more, to the left (green) when it pays less,
 * sorted from the largest loss to the largest gain. Drawn with theme tokens, so it follows
 * the Office theme; its figures are also in the list of losing members below it.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDecimalFr } from '../../format/formatDecimalFr';
import type { MemberDelta } from './scenarioPicture';

/** Props of `ScenarioChart`. */
export type ScenarioChartProps = {
  readonly scenario: string;
  readonly bars: readonly MemberDelta[];
  /** Members left out of the chart (too many to draw), or 0. */
  readonly hidden: number;
};

const WIDTH = 300;
const LABEL = 104;
const ROW = 18;
const TOP = 4;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '10px' },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '9px' },
  loss: { fill: tokens.colorPaletteRedForeground1 },
  gain: { fill: tokens.colorPaletteGreenForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
});

/** A member name cut to fit its column ("Castelnau-d’Aurèle" → "Castelnau-d’Au…"). */
function shortName(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17)}…` : name;
}

/** Renders the chart. */
export function ScenarioChart(props: ScenarioChartProps): React.ReactElement {
  const styles = useStyles();
  const values = props.bars.map((bar) => Number(bar.delta));
  const largest = Math.max(1e-9, ...values.map(Math.abs));
  const anyGain = values.some((v) => v < 0);
  const anyLoss = values.some((v) => v > 0);
  const plot = WIDTH - LABEL;
  // Zero sits where both sides fit: left edge when nobody gains, right edge when nobody loses.
  const zero = LABEL + (anyGain && anyLoss ? plot / 2 : anyGain ? plot - 4 : 4);
  const scale = (anyGain && anyLoss ? plot / 2 - 34 : plot - 40) / largest;
  const height = TOP * 2 + props.bars.length * ROW;
  const titleId = React.useId();
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>
        {`Écart par membre, scénario «\u00a0${props.scenario}\u00a0» contre Référence, en euros, du plus perdant au plus gagnant${props.hidden > 0 ? ` (${props.hidden} membres non dessinés)` : ''}`}
      </title>
      {props.bars.map((bar, index) => {
        const value = values[index] ?? 0;
        const y = TOP + index * ROW;
        const length = Math.abs(value) * scale;
        const x = value >= 0 ? zero : zero - length;
        const label = `${value > 0 ? '+' : ''}${formatDecimalFr(bar.delta, 2)}`;
        return (
          <g key={bar.member}>
            <text className={styles.label} x={0} y={y + 12}>
              {shortName(bar.member)}
            </text>
            <rect
              className={value > 0 ? styles.loss : styles.gain}
              x={x}
              y={y + 3}
              width={Math.max(length, value === 0 ? 0 : 1)}
              height={ROW - 6}
            />
            <text
              className={styles.value}
              x={value >= 0 ? zero + length + 2 : x - 2}
              y={y + 12}
              textAnchor={value >= 0 ? 'start' : 'end'}
            >
              {label}
            </text>
          </g>
        );
      })}
      <line className={styles.axis} x1={zero} x2={zero} y1={0} y2={height} />
    </svg>
  );
}
