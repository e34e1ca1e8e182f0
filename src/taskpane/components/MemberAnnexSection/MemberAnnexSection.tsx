/**
 * "Annexe par membre": after a valid run, the user picks a member (type to filter) and
 * writes that member's annex, all its services, into the `QP Annexe membre` sheet; the
 * other `QP` sheets are left as they are. The chosen member is also added to the report.
 */
import * as React from 'react';
import {
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { countFr } from '../../format/countFr';
import type { MemberAnnexState } from '../QuotePartPane/QuotePartPane.types';
import { useSectionStyles } from '../shared/useSectionStyles.styles';
import { filterMemberNames } from './filterMemberNames';

/** Props of `MemberAnnexSection`. */
export type MemberAnnexSectionProps = {
  /** Members of the run that take part in a service, in `Membres` order. */
  readonly members: readonly string[];
  /** The chosen member, or null (default: none chosen). */
  readonly member: string | null;
  /** Writing the member's annex. */
  readonly memberAnnex: MemberAnnexState;
  /** True while a step runs: the button is then disabled. */
  readonly busy: boolean;
  /** Chooses a member (null: none). */
  readonly onSelectMember: (member: string | null) => void;
  /** Writes the chosen member's annex. */
  readonly onWrite: () => void;
};

/** Renders the member selector, the write button and what was written. */
export function MemberAnnexSection(props: MemberAnnexSectionProps): React.ReactElement {
  const section = useSectionStyles();
  const [filter, setFilter] = React.useState('');
  const { shown, more } = filterMemberNames(props.members, filter);
  const { memberAnnex } = props;
  return (
    <section
      className={section.section}
      aria-labelledby="qp-member-title"
      aria-busy={memberAnnex.status === 'working'}
    >
      <Text as="h2" size={400} weight="semibold" id="qp-member-title" className={section.heading}>
        Annexe par membre
      </Text>
      <Text className={section.muted}>
        L’annexe financière d’un membre pour tous ses services, dans la feuille «&nbsp;QP Annexe
        membre&nbsp;». Les autres feuilles QP ne sont pas modifiées ; une nouvelle écriture des
        résultats la réécrit avec les nouveaux chiffres.
      </Text>
      <Field
        label="Membre"
        hint={`${countFr(props.members.length, 'membre participant', 'membres participants')}. Tapez une partie du nom pour filtrer.`}
      >
        <Combobox
          // The chevron opens the list with the mouse; from the keyboard, Alt+↓ in the field does: no extra Tab stop.
          expandIcon={{ tabIndex: -1, 'aria-label': 'Ouvrir la liste des membres' }}
          placeholder="Choisir un membre"
          defaultValue={props.member ?? ''}
          selectedOptions={props.member === null ? [] : [props.member]}
          onChange={(event) => setFilter(event.target.value)}
          onOptionSelect={(_event, data) => {
            setFilter('');
            props.onSelectMember(data.optionValue ?? null);
          }}
        >
          {shown.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
          {shown.length === 0 && (
            <Option disabled value="" text="Aucun membre ne correspond">
              Aucun membre ne correspond
            </Option>
          )}
          {more > 0 && (
            <Option disabled value="" text={`et ${more} autres : précisez le nom`}>
              {`… et ${more} autres : précisez le nom`}
            </Option>
          )}
        </Combobox>
      </Field>
      <div className={section.actions}>
        <Button onClick={props.onWrite} disabled={props.busy || props.member === null}>
          Écrire l’annexe du membre
        </Button>
      </div>
      {memberAnnex.status === 'working' && (
        <Spinner
          size="tiny"
          label={`Écriture de l’annexe de «\u00a0${memberAnnex.member}\u00a0»…`}
        />
      )}
      {memberAnnex.status === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Annexe écrite</MessageBarTitle> Annexe de «&nbsp;{memberAnnex.member}
            &nbsp;» écrite dans la feuille «&nbsp;QP Annexe membre&nbsp;» (
            {countFr(memberAnnex.value.syncs, 'échange', 'échanges')} avec Excel)
            {memberAnnex.value.replaced.length > 0 ? ' ; elle remplace la précédente.' : '.'}
          </MessageBarBody>
        </MessageBar>
      )}
      {memberAnnex.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Écriture impossible</MessageBarTitle> {memberAnnex.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
