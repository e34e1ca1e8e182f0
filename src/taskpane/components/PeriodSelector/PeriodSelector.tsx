/**
 * « Période des titres »: the task pane's counterpart of `--periode`. « Toute l’année »
 * (default) writes and exports every titre, as before; a period writes to `QP Titres` and
 * exports only that period's titres, so that each installment is issued when it falls due.
 */
import * as React from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useSectionStyles } from '../shared/useSectionStyles.styles';

/** Value of the « Toute l’année » choice (no period label is empty). */
const WHOLE_YEAR = '';
const WHOLE_YEAR_LABEL = 'Toute l’année';

/** Props of `PeriodSelector`. */
export type PeriodSelectorProps = {
  /** Periods of the run's titres, in calendar order. */
  readonly periods: readonly string[];
  /** Chosen period, or null for the whole year. */
  readonly period: string | null;
  readonly disabled: boolean;
  readonly onSelect: (period: string | null) => void;
};

/** The period dropdown; nothing when the run issues titres for one period only or none. */
export function PeriodSelector(props: PeriodSelectorProps): React.ReactElement | null {
  const section = useSectionStyles();
  if (props.periods.length < 2) return null;
  const value = props.period ?? WHOLE_YEAR;
  return (
    <div className={section.section}>
      <Field
        label="Période des titres"
        hint="S’applique à « Écrire les résultats » (feuille QP Titres) et à l’export des titres."
      >
        <Dropdown
          value={props.period ?? WHOLE_YEAR_LABEL}
          selectedOptions={[value]}
          disabled={props.disabled}
          onOptionSelect={(_event, data) =>
            props.onSelect(
              data.optionValue === undefined || data.optionValue === WHOLE_YEAR
                ? null
                : data.optionValue,
            )
          }
        >
          <Option value={WHOLE_YEAR}>{WHOLE_YEAR_LABEL}</Option>
          {props.periods.map((label) => (
            <Option key={label} value={label}>
              {label}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

/** `PeriodSelector`, memoised (its props change only with the run and the choice). */
export const MemoPeriodSelector = React.memo(PeriodSelector);
