import {
  watchOfficeTheme,
  type OfficeThemeHost,
  type ThemeRecheckTarget,
} from '../../../src/taskpane/services/watchOfficeTheme';

const DARK = { bodyBackgroundColor: '#262626' };
const LIGHT = { bodyBackgroundColor: '#ffffff' };

/** A mocked `Office` whose theme the test sets, recording the handlers added and removed. */
function mockOffice(options: { supportsEvent: boolean; throws?: boolean }) {
  const handlers: ((args: { officeTheme?: typeof DARK }) => void)[] = [];
  const removed: unknown[] = [];
  const context = { officeTheme: LIGHT as typeof DARK | typeof LIGHT };
  const office = {
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      get officeTheme() {
        return context.officeTheme;
      },
      document: {
        addHandlerAsync: (
          _type: never,
          handler: (args: { officeTheme?: typeof DARK }) => void,
          callback?: (result: { status: string }) => void,
        ) => {
          if (options.throws) throw new Error('Événement non pris en charge');
          if (options.supportsEvent) handlers.push(handler);
          callback?.({ status: options.supportsEvent ? 'succeeded' : 'failed' });
        },
        removeHandlerAsync: (_type: never, removal?: { handler?: unknown }) => {
          removed.push(removal?.handler);
        },
      },
    },
  } satisfies OfficeThemeHost;
  return { office, handlers, removed, context };
}

/** A window whose focus and visibility events the test fires. */
function mockWindow() {
  const listeners = new Map<string, Set<() => void>>();
  const target: ThemeRecheckTarget = {
    addEventListener: (type, listener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { target, fire, count };
}

describe('watchOfficeTheme', () => {
  it('follows OfficeThemeChanged where the host fires it, once per change of kind', () => {
    const { office, handlers, removed } = mockOffice({ supportsEvent: true });
    const window = mockWindow();
    const seen: string[] = [];
    const stop = watchOfficeTheme(office, (theme) => seen.push(theme), window.target);
    expect(handlers).toHaveLength(1);
    handlers[0]?.({ officeTheme: DARK });
    handlers[0]?.({ officeTheme: { bodyBackgroundColor: '#000000' } });
    handlers[0]?.({ officeTheme: LIGHT });
    expect(seen).toEqual(['dark', 'light']);
    stop();
    handlers[0]?.({ officeTheme: DARK });
    expect(seen).toEqual(['dark', 'light']);
    expect(removed).toEqual([handlers[0]]);
    expect(window.count()).toBe(0);
  });

  it('reads the theme again on focus and visibility where the event is not supported (Excel)', () => {
    for (const throws of [false, true]) {
      const { office, handlers, context } = mockOffice({ supportsEvent: false, throws });
      const window = mockWindow();
      const seen: string[] = [];
      const stop = watchOfficeTheme(office, (theme) => seen.push(theme), window.target);
      expect(handlers).toHaveLength(0);
      window.fire('focus');
      expect(seen).toEqual([]);
      context.officeTheme = DARK;
      window.fire('visibilitychange');
      window.fire('focus');
      expect(seen).toEqual(['dark']);
      stop();
      context.officeTheme = LIGHT;
      window.fire('focus');
      expect(seen).toEqual(['dark']);
    }
  });

  it('does nothing harmful on a host without the event type nor document', () => {
    const window = mockWindow();
    const seen: string[] = [];
    const stop = watchOfficeTheme(
      { EventType: {}, context: { officeTheme: null, document: null } },
      (theme) => seen.push(theme),
      window.target,
    );
    window.fire('focus');
    stop();
    expect(seen).toEqual([]);
  });
});
