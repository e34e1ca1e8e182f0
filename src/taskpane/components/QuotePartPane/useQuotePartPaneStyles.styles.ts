/** Griffel styles of the task pane's frame: full width down to 320 px, no horizontal scroll. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes of the task pane root. */
export const useQuotePartPaneStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlockEnd: tokens.spacingVerticalXL,
    display: 'flex',
    flexDirection: 'column',
    overflowWrap: 'anywhere',
  },
  header: {
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
});
