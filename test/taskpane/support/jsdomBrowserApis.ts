/**
 * Browser APIs that Fluent UI uses and jsdom lacks: a ResizeObserver that never reports
 * (layout does not exist in jsdom, so there is nothing to observe).
 */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: InertResizeObserver });
}
