/**
 * A function whose identity never changes but which always calls the latest `callback`:
 * the pane passes it to memoised sections, which then skip rendering while only the
 * progress of a write changes (a render of every section at 35,000 members took hundreds
 * of milliseconds, once per progress step).
 */
import * as React from 'react';

/** The stable caller of the latest `callback`. */
export function useStableCallback<A extends unknown[], R>(
  callback: (...args: A) => R,
): (...args: A) => R {
  const latest = React.useRef(callback);
  latest.current = callback;
  return React.useCallback((...args: A) => latest.current(...args), []);
}
