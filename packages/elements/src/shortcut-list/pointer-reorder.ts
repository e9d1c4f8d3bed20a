import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A copy of `items` with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

interface Options {
  container: () => HTMLElement | null;
  onMove: (from: number, to: number) => void;
  onEnd: (index: number) => void;
}

/** Reordering a list's rows by dragging a handle with a mouse, pen or finger. */
export class PointerReorder implements ReactiveController {
  draggingIndex = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.draggingIndex = -1;
  }

  start(event: PointerEvent, index: number): void {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture?.(event.pointerId);
    this.draggingIndex = index;
    this.host.requestUpdate();
    const move = (e: PointerEvent) => this.moveTo(e.clientY);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      const last = this.draggingIndex;
      this.draggingIndex = -1;
      this.host.requestUpdate();
      if (last >= 0) this.options.onEnd(last);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }

  private moveTo(clientY: number): void {
    const rows = [...(this.options.container()?.children ?? [])] as HTMLElement[];
    if (this.draggingIndex < 0 || rows.length === 0) return;
    let target = rows.findIndex((row) => {
      const rect = row.getBoundingClientRect();
      return clientY < rect.top + rect.height / 2;
    });
    if (target === -1) target = rows.length - 1;
    else if (target > this.draggingIndex) target -= 1;
    if (target !== this.draggingIndex) {
      this.options.onMove(this.draggingIndex, target);
      this.draggingIndex = target;
      this.host.requestUpdate();
    }
  }
}
