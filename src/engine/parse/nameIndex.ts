/**
 * Lookup of members and services named in other tables (§1): matched like every name,
 * an unknown one is an error that names the closest known ones.
 */
import { normalizeName } from '../text/normalizeName';
import { closestNames, frenchList } from '../text/closestNames';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { M } from '../problems/messages';

/** Names of one kind (members or services) with their indexes. */
export class NameIndex {
  private readonly byKey = new Map<string, number>();
  /** Known names as typed (the names themselves, then every text found): no normalizing again. */
  private readonly byText = new Map<string, number>();
  private readonly refused = new Set<string>();

  constructor(
    private readonly kind: 'membre' | 'service',
    private readonly names: readonly string[],
    refusedNames: readonly string[] = [],
  ) {
    const keys = names.map((n) => normalizeName(n));
    keys.forEach((k, i) => this.byKey.set(k, i));
    // After every name is in: two names of the same normal form both give the last index.
    names.forEach((n, i) => this.byText.set(n, this.byKey.get(keys[i] as string) as number));
    refusedNames.forEach((n) => this.refused.add(normalizeName(n)));
  }

  /** Index of `name` when known, without recording anything. */
  indexOf(name: string): number | undefined {
    return this.byText.get(name) ?? this.known(name);
  }

  /** Index of the normal form of `name`, remembered under the text as typed when found. */
  private known(name: string): number | undefined {
    const i = this.byKey.get(normalizeName(name));
    if (i !== undefined) this.byText.set(name, i);
    return i;
  }

  /**
   * Index of `name`; `undefined` after recording an error when unknown; `null` when the
   * name belongs to a row already refused (its error is reported there).
   */
  find(name: string, place: ProblemPlace, problems: ProblemList): number | null | undefined {
    const i = this.indexOf(name);
    if (i !== undefined) return i;
    if (this.refused.has(normalizeName(name))) return null;
    const near = frenchList(closestNames(name, this.names, 3));
    if (this.kind === 'membre')
      problems.error('MEMBRE_INCONNU', place, M.unknownMember(name, near));
    else problems.error('SERVICE_INCONNU', place, M.unknownService(name, near));
    return undefined;
  }
}
