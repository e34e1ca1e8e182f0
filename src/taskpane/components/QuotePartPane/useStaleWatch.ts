/**
 * Never stale: a run remembers the fingerprint of the input it read; when the host says
 * the workbook changed, the pane reads it again (inventory and "modifié" state follow),
 * and a write first compares the input with the fingerprint (`changedNow`).
 */
import * as React from 'react';
import type { WorkbookInventory } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import {
  changedTables,
  fingerprintWorkbook,
  type WorkbookFingerprint,
} from '../../stale/workbookFingerprint';
import { announceStale } from './announcements';
import type { StepState } from './QuotePartPane.types';

/** Quiet time after a change reported by the host before the workbook is read again. */
const RECHECK_DELAY_MS = 800;

/** What the pane knows of the input's changes since the run. */
export type StaleWatch = {
  /** Input tables changed since the run (seen by a re-read), or null when none or unknown. */
  readonly changedSince: readonly string[] | null;
  readonly setChangedSince: (tables: readonly string[] | null) => void;
  /** Remembers the fingerprint of the input a run read (null: no run). */
  readonly remember: (fingerprint: WorkbookFingerprint | null) => void;
  /** Reads the input again: the tables changed since the run ([] when none or no run). */
  readonly changedNow: () => Promise<string[]>;
};

/** Watches the workbook while the pane is open; `busy` skips re-reads during a step. */
export function useStaleWatch(
  services: PaneServices,
  busy: React.MutableRefObject<boolean>,
  setInventory: (state: StepState<WorkbookInventory>) => void,
  announce: (text: string) => void,
): StaleWatch {
  const { host, engine } = services;
  const [changedSince, setChangedSince] = React.useState<readonly string[] | null>(null);
  const fingerprint = React.useRef<WorkbookFingerprint | null>(null);

  /** Reads the workbook again after the host reported a change: inventory and staleness. */
  const recheck = React.useCallback(async () => {
    if (busy.current) return;
    try {
      const workbook = await host.readWorkbook();
      setInventory({ status: 'done', value: await engine.inspectWorkbook(workbook) });
      const before = fingerprint.current;
      if (before) {
        const changed = changedTables(before, await fingerprintWorkbook(workbook));
        setChangedSince(changed.length > 0 ? changed : null);
        if (changed.length > 0) announce(announceStale(changed));
      }
    } catch {
      // A failed background read changes nothing: the next step reads again and reports.
    }
  }, [host, engine, busy, setInventory, announce]);

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

  const remember = React.useCallback((read: WorkbookFingerprint | null) => {
    fingerprint.current = read;
    setChangedSince(null);
  }, []);
  const changedNow = React.useCallback(async () => {
    const before = fingerprint.current;
    return before
      ? changedTables(before, await fingerprintWorkbook(await host.readWorkbook()))
      : [];
  }, [host]);
  return { changedSince, setChangedSince, remember, changedNow };
}
