/**
 * Names used while a plan is being written. New sheets and tables are built under
 * temporary names, old `QP` sheets are set aside under backup names, and only the last
 * step gives the new ones their real names, so a failure never leaves half-written results
 * under the names the user knows. Leftovers of a run that was cut off (Excel closed
 * mid-write) are recognised by their pattern and removed by the next run.
 */

const LEFTOVER = /^~(QP|old)\d+ [a-z0-9]{6}$/;

/** A random token (6 lower-case letters or digits) distinguishing one write from another. */
export function newWriteToken(random: () => number = Math.random): string {
  let token = '';
  for (let i = 0; i < 6; i++)
    token += '0123456789abcdefghijklmnopqrstuvwxyz'.charAt(Math.floor(random() * 36));
  return token;
}

/** Temporary name of the `index`-th new sheet. */
export function temporarySheetName(index: number, token: string): string {
  return `~QP${index + 1} ${token}`;
}

/** Backup name of the `index`-th old QuotePart sheet while the new ones take its place. */
export function backupSheetName(index: number, token: string): string {
  return `~old${index + 1} ${token}`;
}

/** Temporary name of a new table. */
export function temporaryTableName(name: string, token: string): string {
  return `${name}_${token}`;
}

/** Backup name of the `index`-th table of the old QuotePart sheets. */
export function backupTableName(index: number, token: string): string {
  return `QPold${index + 1}_${token}`;
}

/** Whether a sheet name is a leftover temporary or backup sheet of an interrupted write. */
export function isLeftoverSheetName(name: string): boolean {
  return LEFTOVER.test(name);
}
