/** The "Exporter" section (glue: state hook + styles + render). */
import * as React from 'react';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import type { ExportSectionProps } from './ExportSection.types';
import { renderExportSection } from './renderExportSection';
import { useExportSection } from './useExportSection';
import { useExportSectionStyles } from './useExportSectionStyles.styles';

/** Downloads the titres import file (in a chosen profile) and the HTML report of a valid run. */
export function ExportSection(props: ExportSectionProps): React.ReactElement {
  const state = useExportSection(props);
  return renderExportSection(state, {
    section: useSectionStyles(),
    styles: useExportSectionStyles(),
  });
}
