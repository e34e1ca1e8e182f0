/** Griffel styles of the run summary: compact tables that fit 320 px. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes of the run summary. */
export const useSummarySectionStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  /** The content box of an amount's header cell, so that the header sits over its figures. */
  amountHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  name: { overflowWrap: 'anywhere', minWidth: '72px' },
  cell: { paddingInline: tokens.spacingHorizontalXXS },
  gap: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  caption: {
    textAlign: 'start',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  notes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});
