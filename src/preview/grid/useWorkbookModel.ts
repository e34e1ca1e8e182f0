/**
 * Re-renders a component after each sync that may have changed the fake workbook (the
 * model tells its subscribers), so the grid always shows what the add-in wrote.
 */
import * as React from 'react';
import type { FakeWorkbookModel } from '../../workbook/fakeExcel';

/** A number that changes whenever the model may have changed. */
export function useWorkbookModel(model: FakeWorkbookModel): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => model.subscribe(() => setVersion((v) => v + 1)), [model]);
  return version;
}
