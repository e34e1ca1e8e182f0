/**
 * Follows the Office theme while the pane is open. Office.js documents a theme-change
 * event, `Office.EventType.OfficeThemeChanged`, only for Outlook (Mailbox 1.14); Excel has
 * none, so the pane registers it on `Office.context.document` where a host accepts it and
 * otherwise reads `Office.context.officeTheme` again whenever the pane regains focus or
 * becomes visible (the user changed the theme in Excel's settings, then came back).
 * `onChange` is called only when the theme kind (light or dark) actually changes.
 */
import { officeThemeKind, type OfficeThemeColors } from '../theme/officeThemeKind';

/** The part of the `Office` global read here (injected, so tests pass a mock). */
export type OfficeThemeHost = {
  readonly EventType: { readonly OfficeThemeChanged?: unknown };
  readonly context: {
    readonly officeTheme?: OfficeThemeColors | null;
    readonly document?: {
      addHandlerAsync?: (
        type: never,
        handler: (args: { readonly officeTheme?: OfficeThemeColors }) => void,
        callback?: (result: { readonly status: unknown }) => void,
      ) => void;
      removeHandlerAsync?: (type: never, options?: { readonly handler?: unknown }) => void;
    } | null;
  };
};

/** The window events that make the pane read the theme again. */
export type ThemeRecheckTarget = {
  addEventListener(type: 'focus' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'focus' | 'visibilitychange', listener: () => void): void;
};

/** Calls `onChange` with the new kind when the Office theme turns light or dark; returns how to stop. */
export function watchOfficeTheme(
  office: OfficeThemeHost,
  onChange: (theme: 'light' | 'dark') => void,
  target: ThemeRecheckTarget,
): () => void {
  let current = officeThemeKind(office.context.officeTheme);
  let stopped = false;
  const consider = (theme: OfficeThemeColors | null | undefined) => {
    const next = officeThemeKind(theme);
    if (stopped || next === current) return;
    current = next;
    onChange(next);
  };
  const onEvent = (args: { readonly officeTheme?: OfficeThemeColors }) =>
    consider(args?.officeTheme ?? office.context.officeTheme);
  const recheck = () => consider(office.context.officeTheme);
  const type = office.EventType.OfficeThemeChanged;
  const document = office.context.document;
  const registered = type !== undefined && typeof document?.addHandlerAsync === 'function';
  if (registered) {
    try {
      // Excel answers with a failed status (unsupported event): the re-checks below remain.
      document.addHandlerAsync?.(type as never, onEvent, () => undefined);
    } catch {
      // Some hosts throw instead of answering: same as unsupported.
    }
  }
  target.addEventListener('focus', recheck);
  target.addEventListener('visibilitychange', recheck);
  return () => {
    stopped = true;
    target.removeEventListener('focus', recheck);
    target.removeEventListener('visibilitychange', recheck);
    if (registered) {
      try {
        document?.removeHandlerAsync?.(type as never, { handler: onEvent });
      } catch {
        // Nothing was registered.
      }
    }
  };
}
