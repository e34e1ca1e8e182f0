/**
 * The task pane application: Fluent theme, injected services, and the pane. Shared by the
 * Excel entry (`index.tsx`) and the browser preview, which only differ in their services.
 */
import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QuotePartPane } from './components/QuotePartPane/QuotePartPane';
import type { PaneServices } from './services/paneServices';
import { PaneServicesProvider } from './services/PaneServicesContext';

/** Props of `TaskpaneApp`. */
export type TaskpaneAppProps = {
  /** Host, engine and facts about where the pane runs. */
  readonly services: PaneServices;
};

/** Renders the task pane with its services. */
export function TaskpaneApp(props: TaskpaneAppProps): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme} lang="fr">
      <PaneServicesProvider value={props.services}>
        <QuotePartPane />
      </PaneServicesProvider>
    </FluentProvider>
  );
}
