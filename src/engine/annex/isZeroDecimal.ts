/** Whether a decimal string (`"0.00"`, `"-0"`) is zero: used to leave out empty columns. */
export function isZeroDecimal(decimal: string | null): boolean {
  return decimal === null || /^[+-]?0*(\.0*)?$/.test(decimal);
}
