/**
 * The result sections, memoised: they render again only when their own props change, not
 * at each step of a write's progress bar (their data is the run's, which a write does not
 * change). Their callbacks come from `useStableCallback`.
 */
import * as React from 'react';
import { ExportSection } from '../ExportSection/ExportSection';
import { InventorySection } from '../InventorySection/InventorySection';
import { MemberAnnexSection } from '../MemberAnnexSection/MemberAnnexSection';
import { ProblemList } from '../ProblemList/ProblemList';
import { ScenarioSection } from '../ScenarioSection/ScenarioSection';
import { SummarySection } from '../SummarySection/SummarySection';

/** `ProblemList`, memoised. */
export const MemoProblemList = React.memo(ProblemList);
/** `SummarySection`, memoised. */
export const MemoSummarySection = React.memo(SummarySection);
/** `ScenarioSection`, memoised. */
export const MemoScenarioSection = React.memo(ScenarioSection);
/** `MemberAnnexSection`, memoised. */
export const MemoMemberAnnexSection = React.memo(MemberAnnexSection);
/** `ExportSection`, memoised. */
export const MemoExportSection = React.memo(ExportSection);
/** `InventorySection`, memoised. */
export const MemoInventorySection = React.memo(InventorySection);
