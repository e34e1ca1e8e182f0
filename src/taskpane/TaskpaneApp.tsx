/**
 * The task pane application: Fluent theme (light or dark, following the Office theme, also
 * when it changes while the pane is open),
 * injected services, and the pane. Shared by the Excel entry (`index.tsx`) and the browser
 * preview, which only differ in their services.
 */
import * as React from 'react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
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
  const { services } = props;
  const [theme, setTheme] = React.useState(services.theme ?? 'light');
  React.useEffect(() => {
    setTheme(services.theme ?? 'light');
    return services.watchTheme?.(setTheme);
  }, [services]);
  const dark = theme === 'dark';
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang="fr"
      data-theme={dark ? 'dark' : 'light'}
      style={{ minHeight: '100%' }}
    >
      <PaneServicesProvider value={props.services}>
        <QuotePartPane />
      </PaneServicesProvider>
    </FluentProvider>
  );
}
