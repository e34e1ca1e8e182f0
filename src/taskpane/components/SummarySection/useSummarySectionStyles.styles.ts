/** Griffel styles of the run summary: compact tables that fit 320 px. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes of the run summary. */
export const useSummarySectionStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%' },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  name: { overflowWrap: 'anywhere', minWidth: '72px' },
  cell: { paddingInline: tokens.spacingHorizontalXXS },
  gap: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  caption: {
    textAlign: 'start',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
});
