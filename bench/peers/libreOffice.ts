/**
 * LibreOffice Calc headless as a peer: open the formula template, recalculate, save as
 * xlsx (`soffice --headless --convert-to xlsx`), in a private user profile whose
 * settings force a full recalculation on load of OOXML and ODF files (the default is to
 * trust cached values). The template has no cached values at all, so every number read
 * back from the output was computed by LibreOffice.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { measureProcess, type ProcessMeasure } from '../support/measureProcess';

/** The soffice launcher of the Debian package `libreoffice-calc-nogui`. */
export const SOFFICE = '/usr/bin/soffice';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Whether LibreOffice is installed. */
export function libreOfficeAvailable(): boolean {
  return existsSync(SOFFICE);
}

/** Creates (once) the private profile with recalculation on load forced. */
export function prepareProfile(dir: string): string {
  const user = resolve(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(resolve(user, 'registrymodifications.xcu'), RECALC_ALWAYS);
  return `file://${dir}`;
}

/** Converts `input` to xlsx in `outDir` with recalculation; returns the measure and the output path. */
export async function recalculateWithLibreOffice(
  input: string,
  outDir: string,
  profileUrl: string,
): Promise<{ measure: ProcessMeasure; output: string }> {
  mkdirSync(outDir, { recursive: true });
  const output = resolve(outDir, basename(input));
  rmSync(output, { force: true });
  const measure = await measureProcess(
    SOFFICE,
    [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      input,
    ],
    outDir,
  );
  return { measure, output };
}
