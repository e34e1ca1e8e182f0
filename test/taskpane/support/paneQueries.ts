/**
 * Testing Library settings of the pane's component tests: `*ByText` queries skip the live
 * region (which repeats the last message for screen readers, so every message would be
 * found twice; tests read it with `getByRole('status')`), and asynchronous queries wait up
 * to 5 s (the machines running the suite are shared and slow).
 */
import { configure } from '@testing-library/react';

configure({ defaultIgnore: 'script, style, [role="status"]', asyncUtilTimeout: 5000 });
