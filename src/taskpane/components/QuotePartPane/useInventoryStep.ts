/**
 * The "what was found" inventory: read when the pane opens and on "Relire le classeur";
 * the other steps set it too when they read the workbook anyway.
 */
import * as React from 'react';
import type { WorkbookInventory } from '../../../engine';
import type { PaneServices } from '../../services/paneServices';
import { describeError } from './describeError';
import type { StepState } from './QuotePartPane.types';

/** The inventory's state, its setter, and how to read it again. */
export type InventoryStep = {
  readonly inventory: StepState<WorkbookInventory>;
  readonly setInventory: (state: StepState<WorkbookInventory>) => void;
  readonly refresh: () => Promise<void>;
};

/** Reads the inventory on mount and on `refresh`. */
export function useInventoryStep({ host, engine }: PaneServices): InventoryStep {
  const [inventory, setInventory] = React.useState<StepState<WorkbookInventory>>({
    status: 'idle',
  });
  const refresh = React.useCallback(async () => {
    setInventory({ status: 'working' });
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
  return { inventory, setInventory, refresh };
}
