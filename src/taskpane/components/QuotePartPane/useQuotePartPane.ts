/**
 * Logic of the task pane: each button starts one asynchronous step on the host or the
 * engine and records its state; nothing here renders or touches Office.
 */
import * as React from 'react';
import type { Problem, RunOutcome, WorkbookInventory } from '../../../engine';
import type { InputTablesOutcome } from '../../../workbook/office/hostOperations';
import { usePaneServices } from '../../services/PaneServicesContext';
import { annexMemberNames } from '../MemberAnnexSection/annexMemberNames';
import { describeError } from './describeError';
import type {
  MemberAnnexState,
  QuotePartPaneProps,
  QuotePartPaneState,
  StepState,
  WriteState,
} from './QuotePartPane.types';

const IDLE = { status: 'idle' } as const;
const WORKING = { status: 'working' } as const;

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
  const members = React.useMemo(
    () => (run.status === 'done' ? annexMemberNames(run.value) : []),
    [run],
  );
  // A member chosen for an earlier run counts only if the latest run still has it.
  const chosen = member !== null && members.includes(member) ? member : null;

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

  const runSetup = async (create: () => Promise<InputTablesOutcome>) => {
    setSetup(WORKING);
    try {
      const outcome = await create();
      setSetup({ status: 'done', value: outcome });
      if (outcome.status === 'created') {
        setRun(IDLE);
        setWrite(IDLE);
        await refresh();
      }
    } catch (error) {
      setSetup({
        status: 'failed',
        message: describeError('Création des tables impossible', error),
      });
    }
  };

  const compute = async () => {
    setRun(WORKING);
    setWrite(IDLE);
    setMemberAnnex(IDLE);
    setSelectionError(null);
    try {
      const workbook = await host.readWorkbook();
      const source = await host.documentName();
      const generatedAt = (services.now ?? (() => new Date()))().toISOString();
      const options = { generatedAt, version: services.version, source, host: services.hostKind };
      const [found, outcome] = await Promise.all([
        engine.inspectWorkbook(workbook),
        engine.runQuotePart(workbook, options),
      ]);
      setInventory({ status: 'done', value: found });
      setRun({ status: 'done', value: outcome });
    } catch (error) {
      setRun({ status: 'failed', message: describeError('Le calcul a échoué', error) });
    }
  };

  const writeResults = async () => {
    const plan = run.status === 'done' && run.value.status === 'ok' ? run.value.plan : null;
    if (!plan) return;
    const outcome = run.status === 'done' ? run.value : null;
    if (!outcome) return;
    setWrite({ status: 'working', progress: null });
    try {
      // The rows of large tables come from the engine worker in chunks.
      const full = await engine.loadPlan(outcome, (loaded, total) =>
        setWrite({
          status: 'working',
          progress: { step: 'Préparation des résultats…', rowsWritten: loaded, rowsTotal: total },
        }),
      );
      const report = await host.applyPlan(full, (progress) =>
        setWrite({ status: 'working', progress }),
      );
      setWrite({ status: 'done', value: report });
    } catch (error) {
      // applyPlan is all-or-nothing: on failure the workbook is as it was.
      const message = `${describeError("L'écriture des résultats a échoué", error)} Le classeur n'a pas été modifié.`;
      setWrite({ status: 'failed', message });
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
    } catch (error) {
      const message = `${describeError(`L'écriture de l'annexe de « ${name} » a échoué`, error)} Le classeur n'a pas été modifié.`;
      setMemberAnnex({ status: 'failed', message });
    }
  };

  const showProblem = async (problem: Problem) => {
    if (!problem.sheet || !problem.cell) return;
    setSelectionError(null);
    try {
      await host.selectCell(problem.sheet, problem.cell);
      services.onProblemShown?.(problem);
    } catch (error) {
      setSelectionError(
        describeError(
          `Impossible de sélectionner la cellule ${problem.sheet}!${problem.cell}`,
          error,
        ),
      );
    }
  };

  const busy = [inventory, setup, run, write, memberAnnex].some(
    (step) => step.status === 'working',
  );
  return {
    className: props.className,
    inventory,
    setup,
    run,
    write,
    members,
    member: chosen,
    memberAnnex,
    selectionError,
    busy,
    refresh: () => void refresh(),
    createTemplate: () => void runSetup(() => host.createInputTemplate()),
    loadSample: () => void runSetup(async () => host.writeInputTables(await services.loadSample())),
    compute: () => void compute(),
    writeResults: () => void writeResults(),
    selectMember: (name) => {
      setMember(name);
      setMemberAnnex(IDLE);
    },
    writeMemberAnnex: () => void writeMemberAnnex(),
    showProblem: (problem) => void showProblem(problem),
  };
}
