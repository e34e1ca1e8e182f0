/**
 * "Comparaison des scénarios": for the scenario chosen in "Scénario affiché", how many
 * members lose or gain against Référence, a chart of each member's Δ €, sorted, and the
 * list of the members who lose with their Δ. Shown when the run has a scenario besides
 * Référence.
 */
import * as React from 'react';
import { Field, Select, Text } from '@fluentui/react-components';
import type { RunOutcome } from '../../../engine';
import { countFr } from '../../format/countFr';
import { formatEuroFr } from '../../format/formatDecimalFr';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { ScenarioChart } from './ScenarioChart';
import { chartBars, comparedScenarios, decimalToMicros, scenarioPicture } from './scenarioPicture';

/** Props of `ScenarioSection`. */
export type ScenarioSectionProps = {
  /** A valid run. */
  readonly outcome: RunOutcome;
};

/** Losing members listed at most (the chart and the count give the rest). */
const MAX_LISTED_LOSERS = 50;

/** Renders the comparison of the chosen scenario, or nothing without an alternative scenario. */
export function ScenarioSection(props: ScenarioSectionProps): React.ReactElement | null {
  const section = useSectionStyles();
  const { comparison } = props.outcome.json;
  const names = React.useMemo(() => comparedScenarios(comparison), [comparison]);
  const [chosen, setChosen] = React.useState<string | null>(null);
  const scenario = chosen !== null && names.includes(chosen) ? chosen : (names[0] ?? null);
  const picture = React.useMemo(
    () => (scenario === null ? null : scenarioPicture(comparison, scenario)),
    [comparison, scenario],
  );
  const losers = React.useMemo(
    () => picture?.sorted.filter((row) => decimalToMicros(row.delta) > 0n) ?? [],
    [picture],
  );
  if (scenario === null || picture === null) return null;
  const bars = chartBars(picture);
  return (
    <section className={section.section} aria-labelledby="qp-scenario-title">
      <Text as="h2" size={400} weight="semibold" id="qp-scenario-title" className={section.heading}>
        Comparaison des scénarios
      </Text>
      {names.length > 1 && (
        <Field label="Scénario affiché">
          <Select value={scenario} onChange={(_event, data) => setChosen(data.value)}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Text id="qp-scenario-counts">
        «&nbsp;{scenario}&nbsp;» contre Référence :{' '}
        {countFr(picture.losers, 'membre perdant', 'membres perdants')},{' '}
        {countFr(picture.winners, 'membre gagnant', 'membres gagnants')},{' '}
        {countFr(picture.unchanged, 'inchangé', 'inchangés')}.
      </Text>
      <ScenarioChart scenario={scenario} bars={bars} hidden={picture.sorted.length - bars.length} />
      <Text as="h3" size={300} weight="semibold" id="qp-losers-title" className={section.heading}>
        Membres qui paient plus
      </Text>
      {losers.length === 0 ? (
        <Text className={section.muted}>Aucun membre ne paie plus que dans Référence.</Text>
      ) : (
        <ul className={section.list} aria-labelledby="qp-losers-title">
          {losers.slice(0, MAX_LISTED_LOSERS).map((row) => (
            <li key={row.member}>
              {row.member} : +{formatEuroFr(row.delta)}
            </li>
          ))}
          {losers.length > MAX_LISTED_LOSERS && (
            <li className={section.muted}>
              … et {losers.length - MAX_LISTED_LOSERS} autres (feuille «&nbsp;QP
              Comparaison&nbsp;»).
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
