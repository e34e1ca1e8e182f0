/**
 * Base of every fake proxy object. As in Office.js, a proxy is a promise of an object:
 * method calls and property writes are queued, `load()` asks for properties, and a
 * property can be read only once loaded and synced (otherwise `PropertyNotLoaded`).
 * A proxy binds to its model object when the sync runs its first action.
 */
import { FakeRichApiError, propertyNotLoaded } from '../fakeErrors';
import { jsonSize, utf8Length } from '../jsonSize';
import {
  ACTION_OVERHEAD_BYTES,
  type ActionResult,
  type FakeRequestContextCore,
} from './requestContext';

/** Property list accepted by `load()`: `'a,b'`, `['a', 'b']` or `{ select: 'a,b' }`. */
export type LoadArgument = string | readonly string[] | { readonly select?: string } | undefined;

/** Splits a load argument into trimmed property paths (`worksheet/name`). */
export function loadPaths(arg: LoadArgument): string[] {
  const list =
    arg === undefined
      ? []
      : typeof arg === 'string'
        ? arg.split(',')
        : Array.isArray(arg)
          ? arg
          : ((arg as { select?: string }).select?.split(',') ?? []);
  return (list as string[]).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A fake proxy over a model object of type T (null for a null object). */
export abstract class FakeClientObject<T extends object> {
  protected readonly core: FakeRequestContextCore;
  private readonly resolver: () => T | null;
  private binding: { readonly target: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Type name used in error locations (`Range`, `Worksheet`…). */
  protected abstract readonly typeName: string;
  /** Properties `load()` without arguments loads. */
  protected abstract readonly scalarProperties: readonly string[];

  constructor(core: FakeRequestContextCore, resolver: () => T | null) {
    this.core = core;
    this.resolver = resolver;
  }

  /** True when the object does not exist (`…OrNullObject` methods); readable after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Queues the loading of properties (paths like `worksheet/name` follow navigation properties). */
  load(arg?: LoadArgument): this {
    const paths = loadPaths(arg);
    const wanted = paths.length > 0 ? paths : [...this.scalarProperties];
    this.core.enqueue({
      requestBytes: ACTION_OVERHEAD_BYTES + utf8Length(wanted.join(',')),
      writes: false,
      apply: () => this.loadNow(wanted),
    });
    return this;
  }

  /** Model object, during a sync; throws for a null object. */
  target(): T {
    const target = this.targetOrNull();
    if (target === null)
      throw new FakeRichApiError(
        'InvalidObjectPath',
        `The ${this.typeName} does not exist (null object).`,
        this.typeName,
      );
    return target;
  }

  /** Model object or null, during a sync (binds the proxy on first use). */
  targetOrNull(): T | null {
    if (!this.binding) {
      const target = this.resolver();
      this.binding = { target };
      this.nullState = target === null;
    }
    return this.binding.target;
  }

  /** Binds the proxy to a model object created by an action of the batch (`add`). */
  bind(target: T | null): void {
    this.binding = { target };
    this.nullState = target === null;
  }

  /** Properties loaded when a collection's `items` are loaded without a property list. */
  defaultLoadPaths(): readonly string[] {
    return this.scalarProperties;
  }

  /** Records a loaded value directly (collections set `items` this way). */
  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** Queues the binding of this proxy at this point of the batch (what `getItem` does in Excel). */
  queueResolve(): this {
    this.core.enqueue({
      requestBytes: ACTION_OVERHEAD_BYTES,
      writes: false,
      apply: () => void this.targetOrNull(),
    });
    return this;
  }

  /** Reads properties now (inside a sync) and returns their size and a commit. */
  loadNow(paths: readonly string[]): ActionResult {
    const target = this.targetOrNull();
    if (target === null) return { responseBytes: 4 };
    const staged = new Map<string, unknown>();
    const children: ActionResult[] = [];
    let responseBytes = 2;
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      } else if (path !== 'isNullObject') {
        const value = this.readProperty(target, path);
        staged.set(path, value);
        responseBytes += utf8Length(path) + 4 + jsonSize(value);
      }
    }
    for (const [head, rest] of nested) {
      const child = this.navigate(head);
      if (!child)
        throw new FakeRichApiError(
          'InvalidArgument',
          `Unknown navigation property '${head}'.`,
          `${this.typeName}.load`,
        );
      const result = child.loadNow(rest);
      responseBytes += result.responseBytes;
      children.push(result);
    }
    return {
      responseBytes,
      commit: () => {
        for (const [key, value] of staged) this.loaded.set(key, value);
        for (const child of children) child.commit?.();
      },
    };
  }

  /** Value of a loaded property; throws `PropertyNotLoaded` otherwise. */
  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as V;
  }

  /** Queues a change; `payload` is what the change sends (for the request size). */
  protected queueWrite(
    location: string,
    payload: unknown,
    apply: (target: T) => void,
    forget?: string,
  ): void {
    if (forget !== undefined) this.loaded.delete(forget);
    this.core.enqueue({
      requestBytes: ACTION_OVERHEAD_BYTES + jsonSize(payload),
      writes: true,
      apply: () => apply(this.target()),
    });
  }

  /** Snapshot of a scalar property of the model object (throws for an unknown one). */
  protected abstract readProperty(target: T, property: string): unknown;

  /** Child proxy of a navigation property (`worksheet`, `format`…), if any. */
  protected navigate(_property: string): FakeClientObject<object> | undefined {
    return undefined;
  }

  /** Error for a property the fake does not model. */
  protected unknownProperty(property: string): FakeRichApiError {
    return new FakeRichApiError(
      'InvalidArgument',
      `The fake Excel does not model ${this.typeName}.${property}.`,
      `${this.typeName}.load`,
    );
  }
}
