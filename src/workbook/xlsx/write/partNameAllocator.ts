/**
 * Names for the new parts of the output package, never one the package already uses.
 */
import type { ZipArchive } from '../zip/zipArchive';

/** Allocates part names not used in the package (`xl/worksheets/sheet7.xml`). */
export class PartNames {
  private readonly used: Set<string>;

  constructor(archive: ZipArchive, removed: ReadonlySet<string>) {
    this.used = new Set([...archive.byName.keys()].filter((name) => !removed.has(name)));
  }

  /** `folder/base.xml` when free (with `plain`), else `folder/baseN.xml` with the smallest free N. */
  allocate(folder: string, base: string, plain = false): string {
    for (let n = plain ? 0 : 1; ; n++) {
      const name = `${folder}${base}${n === 0 ? '' : n}.xml`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}
