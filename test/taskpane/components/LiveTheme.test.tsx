/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import '../support/jsdomBrowserApis';
import { act, screen } from '@testing-library/react';
import { renderTaskpane } from '../support/renderTaskpane';
import {
  SAMPLE_INVENTORY,
  fakeEngine,
  fakeHost,
  okOutcome,
  paneServices,
} from '../support/paneFakes';

/** The element carrying the pane's Fluent theme. */
function themed(): HTMLElement | null {
  return screen.getByRole('main', { name: 'QuotePart' }).closest('[data-theme]');
}

describe('Office theme changed while the pane is open', () => {
  it('switches the Fluent theme, and stops listening when the pane goes', async () => {
    let change: ((theme: 'light' | 'dark') => void) | null = null;
    let stops = 0;
    const services = paneServices(
      fakeHost().host,
      fakeEngine(() => SAMPLE_INVENTORY, okOutcome),
      {
        theme: 'light',
        watchTheme: (onChange) => {
          change = onChange;
          return () => stops++;
        },
      },
    );
    const view = renderTaskpane(services);
    expect(themed()).toHaveAttribute('data-theme', 'light');
    act(() => change?.('dark'));
    expect(themed()).toHaveAttribute('data-theme', 'dark');
    act(() => change?.('light'));
    expect(themed()).toHaveAttribute('data-theme', 'light');
    view.unmount();
    expect(stops).toBeGreaterThanOrEqual(1);
  });
});
