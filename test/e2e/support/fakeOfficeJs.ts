/**
 * A stand-in for office.js, served at Microsoft's CDN URL so that the production task pane
 * page starts as if Excel had opened it: `Office.onReady` answers host Excel, the Office
 * theme is readable, and `OfficeThemeChanged` handlers are kept so that the test can fire
 * a live theme change (`window.__qpSetOfficeTheme(colors)`), as Office does when the user
 * switches Excel to a dark theme with the pane open. `Excel.run` refuses (no workbook).
 */
import type { BrowserContext } from 'playwright-core';
import { OFFICE_JS_CDN } from './officeJsFromNpm';

/** Office's colours for the White theme and for the Black one (as officeTheme gives them). */
export const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#262626',
  },
  dark: {
    bodyBackgroundColor: '#1f1f1f',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#2e2e2e',
    controlForegroundColor: '#ffffff',
  },
} as const;

const SCRIPT = `(function () {
  var handlers = [];
  var theme = ${JSON.stringify(OFFICE_THEMES.light)};
  window.Office = {
    HostType: { Excel: 'Excel' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      get officeTheme() { return theme; },
      requirements: { isSetSupported: function () { return false; } },
      document: {
        addHandlerAsync: function (type, handler, callback) {
          if (type === 'officeThemeChanged') handlers.push(handler);
          if (callback) callback({ status: 'succeeded' });
        },
        removeHandlerAsync: function (type, options) {
          handlers = handlers.filter(function (h) { return h !== (options && options.handler); });
        },
      },
    },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      setTimeout(function () { if (callback) callback(info); }, 0);
      return Promise.resolve(info);
    },
  };
  window.Excel = {
    run: function () { return Promise.reject(new Error('pas de classeur dans ce test')); },
  };
  window.__qpOfficeThemeHandlers = function () { return handlers.length; };
  window.__qpSetOfficeTheme = function (colors) {
    theme = colors;
    handlers.forEach(function (handler) { handler({ type: 'officeThemeChanged', officeTheme: colors }); });
  };
})();`;

/** Answers the office.js CDN URL of `context` with the stand-in. */
export async function serveFakeOfficeJs(context: BrowserContext): Promise<void> {
  await context.route(`${OFFICE_JS_CDN}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: SCRIPT }),
  );
}
