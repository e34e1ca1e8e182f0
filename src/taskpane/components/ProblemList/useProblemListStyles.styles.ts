/** Griffel styles of the problems list. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes of the problems list. */
export const useProblemListStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    flexWrap: 'wrap',
  },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  button: { alignSelf: 'flex-start' },
});
