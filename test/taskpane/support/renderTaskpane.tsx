/**
 * Renders the task pane for Testing Library with Fluent's CSS rules inserted into a
 * detached document: jsdom's `getComputedStyle` (called by every `*ByRole` query, by
 * user-event and by Fluent's popover positioning) scans every CSS rule of the page, and
 * Griffel's rules made a combobox click take seconds. Styles are not what these tests check.
 */
import * as React from 'react';
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { TaskpaneApp } from '../../../src/taskpane/TaskpaneApp';
import type { PaneServices } from '../../../src/taskpane/services/paneServices';

/** Renders `TaskpaneApp` with the given services, its styles kept out of the page. */
export function renderTaskpane(services: PaneServices): RenderResult {
  return render(
    <RendererProvider
      renderer={createDOMRenderer(document.implementation.createHTMLDocument())}
      targetDocument={document}
    >
      <TaskpaneApp services={services} />
    </RendererProvider>,
  );
}
