/**
 * Fake `Excel.DocumentProperties` (only `custom`), `Excel.CustomPropertyCollection` and
 * `Excel.CustomProperty` (ExcelApi 1.7): add (create or set), get by key without case
 * (or a null object), delete, and `items/key,items/value` loads.
 */
import { FakeRichApiError } from '../fakeErrors';
import type { FakeCustomProperty } from '../model/customPropertiesModel';
import { FakeClientObject } from '../runtime/clientObject';
import { FakeCollection } from '../runtime/collection';
import type { FakeRequestContextCore } from '../runtime/requestContext';

/** A fake custom property proxy. */
export class FakeCustomPropertyProxy extends FakeClientObject<FakeCustomProperty> {
  protected readonly typeName = 'CustomProperty';
  protected readonly scalarProperties = ['key', 'value', 'type'];

  get key(): string {
    return this.loadedValue('key');
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
  get type(): string {
    return this.loadedValue('type');
  }

  /** Deletes the property. */
  delete(): void {
    this.queueWrite('CustomProperty.delete', null, (property) =>
      this.core.session.model.customProperties.delete(property),
    );
  }

  protected readProperty(property: FakeCustomProperty, name: string): unknown {
    if (name === 'key') return property.key;
    if (name === 'value') return property.value;
    if (name === 'type')
      return typeof property.value === 'string'
        ? 'String'
        : typeof property.value === 'boolean'
          ? 'Boolean'
          : 'Number';
    throw this.unknownProperty(name);
  }
}

/** The workbook's custom properties. */
export class FakeCustomPropertyCollection extends FakeCollection<
  FakeCustomProperty,
  FakeCustomPropertyProxy
> {
  protected readonly typeName = 'CustomPropertyCollection';

  constructor(core: FakeRequestContextCore) {
    super(core, () => core.session.model.customProperties.items);
  }

  /** Creates a new property or sets an existing one (key without case). */
  add(key: string, value: string | number | boolean): FakeCustomPropertyProxy {
    const proxy = new FakeCustomPropertyProxy(this.core, () => null);
    this.queueWrite('CustomPropertyCollection.add', { key, value }, () => {
      if (key.length === 0)
        throw new FakeRichApiError(
          'InvalidArgument',
          'The key of a custom property cannot be empty.',
          'CustomPropertyCollection.add',
        );
      proxy.bind(this.core.session.model.customProperties.set(key, value));
    });
    return proxy;
  }

  /** Property of that key; `ItemNotFound` at sync when absent. */
  getItem(key: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.core, () => {
      const property = this.core.session.model.customProperties.find(key);
      if (!property)
        throw new FakeRichApiError(
          'ItemNotFound',
          `The requested custom property '${key}' doesn't exist.`,
          'CustomPropertyCollection.getItem',
        );
      return property;
    }).queueResolve();
  }

  /** Property of that key, or a null object. */
  getItemOrNullObject(key: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(
      this.core,
      () => this.core.session.model.customProperties.find(key) ?? null,
    ).queueResolve();
  }

  protected wrap(property: FakeCustomProperty): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(this.core, () => property);
  }
}

/** Fake `Excel.DocumentProperties`: only the custom properties are modelled. */
export class FakeDocumentProperties {
  readonly custom: FakeCustomPropertyCollection;

  constructor(core: FakeRequestContextCore) {
    this.custom = new FakeCustomPropertyCollection(core);
  }
}
