/**
 * Browser APIs that jsdom lacks: a ResizeObserver that never reports, for Fluent UI (layout
 * does not exist in jsdom, so there is nothing to observe); TextEncoder, which the engine's
 * CSV export uses (Node's is the same WHATWG encoder every browser has).
 */
import { TextEncoder as NodeTextEncoder } from 'util';

class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: InertResizeObserver });
}

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
}
