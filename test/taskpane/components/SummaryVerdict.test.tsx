/** @jest-environment jsdom */
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SummarySection } from '../../../src/taskpane/components/SummarySection/SummarySection';
import { stabilityVerdict } from '../../../src/engine';
import { SUMMARY } from '../support/paneFakes';

describe('stability verdict (§6.4)', () => {
  it('says every member and group gains, names who would leave, or says nothing', () => {
    const line = { scenario: 'Référence', total: '1', losers: 0, membersNotGaining: 0 };
    expect(stabilityVerdict({ ...line, wouldLeave: [] })).toBe(
      'Référence : chaque membre et chaque groupe donnés gagnent à la mutualisation.',
    );
    expect(stabilityVerdict({ ...line, wouldLeave: ['Ville A + Ville B'] })).toBe(
      'Référence : quitterait la mutualisation : Ville A + Ville B.',
    );
    expect(stabilityVerdict({ ...line, wouldLeave: ['Ville C', 'Ville A + Ville B'] })).toBe(
      'Référence : quitteraient la mutualisation : Ville C ; Ville A + Ville B.',
    );
    expect(stabilityVerdict({ ...line, wouldLeave: null })).toBeNull();
  });

  it('is shown per scenario in the pane summary', () => {
    const summary = {
      ...SUMMARY,
      scenarios: [
        { ...SUMMARY.scenarios[0]!, wouldLeave: [] },
        { ...SUMMARY.scenarios[1]!, wouldLeave: ['Ville A + Ville B'] },
      ],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <SummarySection summary={summary} />
      </FluentProvider>,
    );
    expect(
      screen.getByText(/Référence : chaque membre et chaque groupe donnés gagnent/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Population seule : quitterait la mutualisation : Ville A \+ Ville B\./),
    ).toBeInTheDocument();
  });
});
