/** The Fluent theme that follows Office's theme colours. */
import { luminance, officeThemeKind } from '../../../src/taskpane/theme/officeThemeKind';

describe('officeThemeKind', () => {
  it('is dark for the Dark Gray and Black themes, light for White, Colorful and no theme', () => {
    expect(officeThemeKind({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(officeThemeKind({ bodyBackgroundColor: '#000000' })).toBe('dark');
    expect(officeThemeKind({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(officeThemeKind({ bodyBackgroundColor: '#E6E6E6' })).toBe('light');
    expect(officeThemeKind(undefined)).toBe('light');
    expect(officeThemeKind({ bodyBackgroundColor: 'pas une couleur' })).toBe('light');
  });

  it('computes the relative luminance of #rgb and #rrggbb colours', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#777')).toBeCloseTo(0.184, 2);
  });
});
