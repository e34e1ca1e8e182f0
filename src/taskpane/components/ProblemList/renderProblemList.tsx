/** Pure JSX of the problems list. */
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { countFr } from '../../format/countFr';
import { frenchTypography } from '../../format/frenchTypography';
import type { useSectionStyles } from '../shared/useSectionStyles.styles';
import { describeProblemLocation } from './describeProblemLocation';
import type { ProblemListState } from './ProblemList.types';
import type { useProblemListStyles } from './useProblemListStyles.styles';

/** Class names used by `renderProblemList`. */
export type ProblemListClasses = {
  readonly section: ReturnType<typeof useSectionStyles>;
  readonly styles: ReturnType<typeof useProblemListStyles>;
};

/** Renders the problems list. */
export function renderProblemList(
  state: ProblemListState,
  classes: ProblemListClasses,
): React.ReactElement {
  const { section, styles } = classes;
  return (
    <section className={section.section} aria-labelledby="qp-problems-title">
      <Text as="h2" size={400} weight="semibold" id="qp-problems-title" className={section.heading}>
        Problèmes ({state.total})
      </Text>
      <Text className={section.muted}>
        {countFr(state.errors, 'erreur')}, {countFr(state.warnings, 'avertissement')}
      </Text>
      {state.selectionError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Sélection impossible</MessageBarTitle> {state.selectionError}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={section.list} aria-labelledby="qp-problems-title">
        {state.shown.map((problem, index) => {
          const isError = problem.severity === 'error';
          const location = describeProblemLocation(problem);
          return (
            <li key={index} className={styles.item}>
              <div className={styles.header}>
                {isError ? (
                  <ErrorCircle16Filled className={styles.error} role="img" aria-label="Erreur" />
                ) : (
                  <Warning16Filled
                    className={styles.warning}
                    role="img"
                    aria-label="Avertissement"
                  />
                )}
                <Text className={styles.code}>{problem.code}</Text>
              </div>
              <Field
                label={location}
                validationState={isError ? 'error' : 'warning'}
                // One alert for the whole run is announced above; here the message describes the field.
                validationMessage={{ children: frenchTypography(problem.message), role: undefined }}
              >
                <Input
                  readOnly
                  value={problem.value ?? ''}
                  placeholder="(vide)"
                  id={index === 0 ? 'qp-first-problem' : undefined}
                />
              </Field>
              {problem.sheet && problem.cell && (
                <Button
                  size="small"
                  className={styles.button}
                  onClick={() => state.onShowProblem(problem)}
                  aria-label={`Aller à la cellule ${problem.sheet}!${problem.cell}`}
                >
                  Aller à la cellule
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {state.hidden > 0 && (
        <div className={section.actions}>
          <Button size="small" onClick={state.showMore}>
            Afficher plus ({state.hidden} restants)
          </Button>
        </div>
      )}
    </section>
  );
}
