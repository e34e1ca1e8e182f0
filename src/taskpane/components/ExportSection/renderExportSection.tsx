/** Pure JSX of the "Exporter" section. */
import * as React from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import { countFr } from '../../format/countFr';
import { frenchTypography } from '../../format/frenchTypography';
import { formatEuroFr } from '../../format/formatDecimalFr';
import type {
  DownloadedFile,
  ExportSectionClasses,
  ExportSectionState,
} from './ExportSection.types';

/** "titres-2026-generique.csv : 61 lignes, total 98 765,43 €". */
function describeFile(file: DownloadedFile): string {
  const figures = [
    file.rows === null ? null : countFr(file.rows, 'ligne'),
    file.total === null ? null : `total ${formatEuroFr(file.total)}`,
  ].filter(Boolean);
  return figures.length > 0 ? `${file.fileName} : ${figures.join(', ')}` : file.fileName;
}

/** Renders the profile selector, the two download buttons, their outcome and the export's notices. */
export function renderExportSection(
  state: ExportSectionState,
  classes: ExportSectionClasses,
): React.ReactElement {
  const { section, styles } = classes;
  const chosen = state.profiles.find((profile) => profile.name === state.profile);
  const { titres, report } = state;
  return (
    <section
      className={section.section}
      aria-labelledby="qp-export-title"
      aria-busy={state.working}
    >
      <Text as="h2" size={400} weight="semibold" id="qp-export-title" className={section.heading}>
        Exporter
      </Text>
      <Field label="Profil d’export" hint={chosen?.description}>
        <Dropdown
          value={chosen?.label ?? state.profile}
          selectedOptions={[state.profile]}
          onOptionSelect={(_event, data) =>
            data.optionValue && state.selectProfile(data.optionValue)
          }
        >
          {state.profiles.map((profile) => (
            <Option key={profile.name} value={profile.name}>
              {profile.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={section.actions}>
        <Button onClick={state.downloadTitres} disabled={state.working}>
          Télécharger les titres (CSV)
        </Button>
      </div>
      {titres.status === 'working' && (
        <Spinner size="tiny" label="Préparation du fichier des titres…" />
      )}
      {titres.status === 'done' && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {titres.value.files.length > 1 ? 'Fichiers téléchargés' : 'Fichier téléchargé'}
              </MessageBarTitle>{' '}
              {titres.value.files.map(describeFile).join(' ; ')}.
            </MessageBarBody>
          </MessageBar>
          <ul className={section.list} aria-label="Messages de l’export">
            {titres.value.notices.map((notice, index) => (
              <li key={index} className={styles.notice}>
                {notice.severity === 'warning' ? (
                  <Warning16Filled
                    className={mergeClasses(styles.icon, styles.warning)}
                    role="img"
                    aria-label="Avertissement"
                  />
                ) : (
                  <Info16Regular
                    className={mergeClasses(styles.icon, styles.info)}
                    role="img"
                    aria-label="Information"
                  />
                )}
                <Text>{frenchTypography(notice.message)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {titres.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Export impossible</MessageBarTitle> {titres.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text className={section.muted}>
        Le rapport HTML reprend la synthèse, la comparaison des scénarios et l’annexe de chaque
        service
        {state.member === null ? '' : `, avec celle de «\u00a0${state.member}\u00a0»`} ; il
        s’imprime en PDF depuis le navigateur.
      </Text>
      <div className={section.actions}>
        <Button onClick={state.downloadReport} disabled={state.working}>
          Télécharger le rapport (HTML)
        </Button>
      </div>
      {report.status === 'working' && <Spinner size="tiny" label="Préparation du rapport…" />}
      {report.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rapport téléchargé</MessageBarTitle> {report.value.fileName}.
          </MessageBarBody>
        </MessageBar>
      )}
      {report.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rapport impossible</MessageBarTitle> {report.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
