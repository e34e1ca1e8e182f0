/**
 * Logic of the task pane: each button starts one asynchronous step on the host or the
 * engine and records its state; nothing here renders or touches Office. A run remembers
 * the fingerprint of the input it read: a write first reads the input again and refuses
 * when it changed (stale results are never written); the pane also re-reads the workbook
 * when the host says it changed, so that the inventory and the "modifié" state follow.
 */
import * as React from 'react';
import type {
  Problem,
  RawWorkbook,
  RunOptions,
  RunOutcome,
  WorkbookInventory,
} from '../../../engine';
import type { InputTablesOutcome } from '../../../workbook/office/hostOperations';
import { usePaneServices } from '../../services/PaneServicesContext';
import {
  changedTables,
  fingerprintWorkbook,
  type WorkbookFingerprint,
} from '../../stale/workbookFingerprint';
import { annexMemberNames } from '../MemberAnnexSection/annexMemberNames';
import { periodRun } from '../PeriodSelector/periodRun';
import { announceRun, announceSetup, announceStale, announceWrite } from './announcements';
import { describeError } from './describeError';
import { useStableCallback } from './useStableCallback';
import type {
  FocusTarget,
  MemberAnnexState,
  QuotePartPaneProps,
  QuotePartPaneState,
  StepState,
  WriteState,
} from './QuotePartPane.types';

const IDLE = { status: 'idle' } as const;
const WORKING = { status: 'working' } as const;

/** Quiet time after a change reported by the host before the workbook is read again. */
const RECHECK_DELAY_MS = 800;

/** State and actions of the task pane. */
export function useQuotePartPane(props: QuotePartPaneProps): QuotePartPaneState {
  const services = usePaneServices();
  const { host, engine } = services;
  const [inventory, setInventory] = React.useState<StepState<WorkbookInventory>>(IDLE);
  const [setup, setSetup] = React.useState<StepState<InputTablesOutcome>>(IDLE);
  const [run, setRun] = React.useState<StepState<RunOutcome>>(IDLE);
  const [write, setWrite] = React.useState<WriteState>(IDLE);
  const [selectionError, setSelectionError] = React.useState<string | null>(null);
  const [member, setMember] = React.useState<string | null>(null);
  const [memberAnnex, setMemberAnnex] = React.useState<MemberAnnexState>(IDLE);
  const [announcement, setAnnouncement] = React.useState('');
  const [focus, setFocus] = React.useState<QuotePartPaneState['focus']>(null);
  /** Input tables changed since the run (seen by a re-read), or null when none or unknown. */
  const [changedSince, setChangedSince] = React.useState<readonly string[] | null>(null);
  /** Member whose annex was written in this session: a later write of the results keeps it. */
  const [writtenAnnexMember, setWrittenAnnexMember] = React.useState<string | null>(null);
  const fingerprint = React.useRef<WorkbookFingerprint | null>(null);
  /** Period whose titres alone are written and exported, or null (the whole year). */
  const [period, setPeriod] = React.useState<string | null>(null);
  /** What the latest run read and was given: a period's run is the same with `period`. */
  const runInput = React.useRef<{ workbook: RawWorkbook; options: RunOptions } | null>(null);
  const periodRuns = React.useRef(new Map<string, Promise<RunOutcome>>());
  const busyRef = React.useRef(false);
  const members = React.useMemo(
    () => (run.status === 'done' ? annexMemberNames(run.value) : []),
    [run],
  );
  const periods = run.status === 'done' ? (run.value.summary.periods ?? []) : [];
  const chosenPeriod = period !== null && periods.includes(period) ? period : null;
  // A member chosen for an earlier run counts only if the latest run still has it.
  const chosen = member !== null && members.includes(member) ? member : null;

  const focusOn = (target: FocusTarget) =>
    setFocus((previous) => ({ target, request: (previous?.request ?? 0) + 1 }));

  const refresh = React.useCallback(async () => {
    setInventory(WORKING);
    try {
      const workbook = await host.readWorkbook();
      setInventory({ status: 'done', value: await engine.inspectWorkbook(workbook) });
    } catch (error) {
      setInventory({
        status: 'failed',
        message: describeError('Lecture du classeur impossible', error),
      });
    }
  }, [host, engine]);

  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Reads the workbook again after the host reported a change: inventory and staleness. */
  const recheck = React.useCallback(async () => {
    if (busyRef.current) return;
    try {
      const workbook = await host.readWorkbook();
      const found = await engine.inspectWorkbook(workbook);
      setInventory({ status: 'done', value: found });
      const before = fingerprint.current;
      if (before) {
        const changed = changedTables(before, await fingerprintWorkbook(workbook));
        setChangedSince(changed.length > 0 ? changed : null);
        if (changed.length > 0) setAnnouncement(announceStale(changed));
      }
    } catch {
      // A failed background read changes nothing: the next step reads again and reports.
    }
  }, [host, engine]);

  React.useEffect(() => {
    if (!services.watchWorkbook) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = services.watchWorkbook(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void recheck(), RECHECK_DELAY_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }, [services, recheck]);

  const runSetup = async (create: () => Promise<InputTablesOutcome>) => {
    setSetup(WORKING);
    try {
      const outcome = await create();
      setSetup({ status: 'done', value: outcome });
      setAnnouncement(announceSetup(outcome));
      if (outcome.status === 'created') {
        setRun(IDLE);
        setWrite(IDLE);
        fingerprint.current = null;
        setChangedSince(null);
        await refresh();
      }
      focusOn('setup-result');
    } catch (error) {
      const message = describeError('Création des tables impossible', error);
      setSetup({ status: 'failed', message });
      setAnnouncement(message);
      focusOn('setup-result');
    }
  };

  /** Reads the workbook and runs the engine; resolves with the outcome (null on failure). */
  const compute = async (): Promise<RunOutcome | null> => {
    setRun(WORKING);
    setWrite(IDLE);
    setMemberAnnex(IDLE);
    setSelectionError(null);
    setAnnouncement('Calcul en cours.');
    try {
      const workbook = await host.readWorkbook();
      const source = await host.documentName();
      const generatedAt = (services.now ?? (() => new Date()))().toISOString();
      const options = { generatedAt, version: services.version, source, host: services.hostKind };
      const [found, outcome, read] = await Promise.all([
        engine.inspectWorkbook(workbook),
        engine.runQuotePart(workbook, options),
        fingerprintWorkbook(workbook),
      ]);
      fingerprint.current = read;
      runInput.current = { workbook, options };
      periodRuns.current = new Map();
      setChangedSince(null);
      setInventory({ status: 'done', value: found });
      setRun({ status: 'done', value: outcome });
      setAnnouncement(announceRun(outcome));
      focusOn(outcome.status === 'ok' ? 'verdict' : 'first-problem');
      return outcome;
    } catch (error) {
      const message = describeError('Le calcul a échoué', error);
      setRun({ status: 'failed', message });
      setAnnouncement(message);
      focusOn('verdict');
      return null;
    }
  };

  /** The run whose titres are written and exported: the latest, or its run for the chosen period. */
  const titresOutcome = (outcome: RunOutcome): Promise<RunOutcome> =>
    chosenPeriod === null || runInput.current === null
      ? Promise.resolve(outcome)
      : periodRun(engine, runInput.current, chosenPeriod, periodRuns.current);

  const writeResults = async (outcome: RunOutcome | null) => {
    if (!outcome || outcome.status !== 'ok' || !outcome.plan) return;
    setWrite({ status: 'working', progress: null });
    setAnnouncement('Écriture en cours.');
    try {
      // Never write stale results: the input must be what the run read.
      const before = fingerprint.current;
      const changed = before
        ? changedTables(before, await fingerprintWorkbook(await host.readWorkbook()))
        : [];
      if (changed.length > 0) {
        setChangedSince(changed);
        setWrite({ status: 'stale', tables: changed });
        setAnnouncement(announceStale(changed));
        focusOn('write-result');
        return;
      }
      // The rows of large tables come from the engine worker in chunks, while they are written.
      const titres = await titresOutcome(outcome);
      const plan = await engine.streamPlan(titres);
      // A member annex written earlier is written again with the new figures, in the same write.
      const annexMember =
        writtenAnnexMember !== null && annexMemberNames(outcome).includes(writtenAnnexMember)
          ? writtenAnnexMember
          : null;
      const annex =
        annexMember === null ? null : await engine.buildMemberAnnexPlan(outcome, annexMember);
      const full = annex ? { sheets: [...plan.sheets, ...annex.sheets] } : plan;
      const report = await host.applyPlan(full, (progress) =>
        setWrite({ status: 'working', progress }),
      );
      if (annexMember === null) setWrittenAnnexMember(null);
      setWrite({ status: 'done', value: { report, annexMember } });
      setAnnouncement(
        announceWrite(report, full.sheets.length, annexMember) +
          (chosenPeriod === null ? '' : ` Titres de la période ${chosenPeriod} seulement.`),
      );
      focusOn('write-result');
    } catch (error) {
      // applyPlan is all-or-nothing: on failure the workbook is as it was.
      const message = `${describeError('L’écriture des résultats a échoué', error)} Le classeur n’a pas été modifié.`;
      setWrite({ status: 'failed', message });
      setAnnouncement(message);
      focusOn('write-result');
    }
  };

  const writeMemberAnnex = async () => {
    const outcome = run.status === 'done' && run.value.status === 'ok' ? run.value : null;
    const name = chosen;
    if (!outcome || name === null) return;
    setMemberAnnex({ status: 'working', member: name });
    try {
      const plan = await engine.buildMemberAnnexPlan(outcome, name);
      // Only `QP Annexe membre` is replaced: the results already written stay.
      const report = await host.applyPlan(plan, undefined, { replace: 'plan-sheets' });
      setMemberAnnex({ status: 'done', member: name, value: report });
      setWrittenAnnexMember(name);
      setAnnouncement(
        `Annexe de «\u00a0${name}\u00a0» écrite dans la feuille «\u00a0QP Annexe membre\u00a0».`,
      );
    } catch (error) {
      const message = `${describeError(`L’écriture de l’annexe de «\u00a0${name}\u00a0» a échoué`, error)} Le classeur n’a pas été modifié.`;
      setMemberAnnex({ status: 'failed', message });
      setAnnouncement(message);
    }
  };

  const showProblem = async (problem: Problem) => {
    if (!problem.sheet || !problem.cell) return;
    setSelectionError(null);
    try {
      await host.selectCell(problem.sheet, problem.cell);
      services.onProblemShown?.(problem);
    } catch (error) {
      const message = describeError(
        `Impossible de sélectionner la cellule ${problem.sheet}!${problem.cell}`,
        error,
      );
      setSelectionError(message);
      setAnnouncement(message);
    }
  };

  // Stable identities: the memoised sections that receive them skip the progress renders.
  const stableSelectMember = useStableCallback((name: string | null) => {
    setMember(name);
    setMemberAnnex(IDLE);
  });
  const stableWriteMemberAnnex = useStableCallback(() => void writeMemberAnnex());
  const stableSelectPeriod = useStableCallback((label: string | null) => {
    setPeriod(label);
    setAnnouncement(
      label === null
        ? 'Période des titres : toute l’année.'
        : `Période des titres : ${label}. Seuls ses titres seront écrits et exportés.`,
    );
  });
  const stableTitresOutcome = useStableCallback(() =>
    run.status === 'done'
      ? titresOutcome(run.value)
      : Promise.reject(new Error('Aucun calcul : lancez le calcul.')),
  );
  const stableShowProblem = useStableCallback((problem: Problem) => void showProblem(problem));

  const busy = [inventory, setup, run, write, memberAnnex].some(
    (step) => step.status === 'working',
  );
  busyRef.current = busy;
  const current = run.status === 'done' ? run.value : null;
  return {
    className: props.className,
    inventory,
    setup,
    run,
    write,
    members,
    member: chosen,
    periods,
    period: chosenPeriod,
    selectPeriod: stableSelectPeriod,
    titresOutcome: stableTitresOutcome,
    memberAnnex,
    selectionError,
    busy,
    announcement,
    focus,
    changedSince,
    refresh: () => void refresh(),
    createTemplate: () => void runSetup(() => host.createInputTemplate()),
    loadSample: () => void runSetup(async () => host.writeInputTables(await services.loadSample())),
    compute: () => void compute(),
    writeResults: () => void writeResults(current),
    recomputeAndWrite: () => void compute().then((outcome) => writeResults(outcome)),
    selectMember: stableSelectMember,
    writeMemberAnnex: stableWriteMemberAnnex,
    showProblem: stableShowProblem,
  };
}
