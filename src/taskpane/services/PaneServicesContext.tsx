/**
 * React context carrying the pane's services, so that deep components reach the host and
 * the engine without prop drilling and without importing any Office code.
 */
import * as React from 'react';
import type { PaneServices } from './paneServices';

const PaneServicesContext = React.createContext<PaneServices | null>(null);

/** Provides the services to the task pane components below it. */
export const PaneServicesProvider = PaneServicesContext.Provider;

/** The pane's services; throws when a component is rendered outside `PaneServicesProvider`. */
export function usePaneServices(): PaneServices {
  const services = React.useContext(PaneServicesContext);
  if (!services) throw new Error('usePaneServices: composant rendu hors de PaneServicesProvider.');
  return services;
}
