/**
 * Base of fake collections (`worksheets`, `tables`, `charts`…): `items` is readable once
 * loaded; `load('name')` is short for `load('items/name')`, as in Office.js.
 */
import { FakeClientObject } from './clientObject';
import type { ActionResult, FakeRequestContextCore } from './requestContext';

/** What a collection proxy points at: a function listing the current members. */
export interface CollectionSource<M> {
  readonly list: () => readonly M[];
}

/** A fake collection of model objects M exposed as proxies P. */
export abstract class FakeCollection<
  M extends object,
  P extends FakeClientObject<M>,
> extends FakeClientObject<CollectionSource<M>> {
  protected readonly scalarProperties: readonly string[] = ['items'];

  constructor(core: FakeRequestContextCore, list: () => readonly M[]) {
    super(core, () => ({ list }));
  }

  /** Loaded members. */
  get items(): P[] {
    return this.loadedValue<P[]>('items');
  }

  /** Loaded number of members. */
  get count(): number {
    return this.loadedValue<number>('count');
  }

  /** A proxy bound to an existing member. */
  protected abstract wrap(member: M): P;

  override loadNow(paths: readonly string[]): ActionResult {
    const members = this.target().list();
    const itemPaths: string[] = [];
    let wantItems = false;
    let wantCount = false;
    for (const path of paths) {
      if (path === 'count') wantCount = true;
      else if (path === 'items') wantItems = true;
      else {
        wantItems = true;
        itemPaths.push(path.startsWith('items/') ? path.slice('items/'.length) : path);
      }
    }
    const proxies = wantItems ? members.map((m) => this.wrap(m)) : [];
    const results = proxies.map((p) =>
      p.loadNow(itemPaths.length > 0 ? itemPaths : p.defaultLoadPaths()),
    );
    const staged = super.loadNow([]);
    return {
      responseBytes:
        results.reduce((sum, r) => sum + r.responseBytes + 1, 2) + (wantCount ? 12 : 0),
      commit: () => {
        staged.commit?.();
        if (wantItems) this.setLoaded('items', proxies);
        if (wantCount) this.setLoaded('count', members.length);
        for (const r of results) r.commit?.();
      },
    };
  }

  protected readProperty(_target: CollectionSource<M>, property: string): unknown {
    throw this.unknownProperty(property);
  }
}
