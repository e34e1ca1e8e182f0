/**
 * Which Fluent theme follows the Office theme: Excel's "Dark Gray" and "Black" themes
 * give a dark task-pane background (`Office.context.officeTheme.bodyBackgroundColor`),
 * "White" and "Colorful" a light one. Read from the colour, not the theme's name, which
 * Office does not expose.
 */

/** The part of `Office.OfficeTheme` read here. */
export type OfficeThemeColors = {
  readonly bodyBackgroundColor?: string;
};

/** Relative luminance (0 black … 1 white) of a `#rrggbb` or `#rgb` colour; null if unreadable. */
export function luminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (offset: number): number => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** `dark` when Office paints the pane's body dark, else `light` (also without a theme). */
export function officeThemeKind(theme: OfficeThemeColors | null | undefined): 'light' | 'dark' {
  const value = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return value !== null && value < 0.2 ? 'dark' : 'light';
}
