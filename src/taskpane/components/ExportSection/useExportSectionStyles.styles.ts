/** Griffel styles of the "Exporter" section: notices as a compact list. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes of the "Exporter" section. */
export const useExportSectionStyles = makeStyles({
  notice: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginBlockStart: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});
