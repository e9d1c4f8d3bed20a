import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What decides where an element's data comes from (NaraElement has it). */
export interface BackendSourceHost extends ReactiveControllerHost {
  /** Changes whenever the backend, clinic or language in force changes. */
  readonly sourceKey: string;
}

export interface BackendReloadOptions {
  /** Loads the element's data; called on the first update and after every change of source. */
  load: () => void;
  /** More that the data depends on (a week, a visit type), added to the source. */
  also?: () => string;
  /** False while a reload would lose what the person is doing (editing, say); checked again next update. */
  when?: () => boolean;
}

/**
 * Loads an element's data when it first renders and again whenever where the data comes from
 * changes: the backend (`api`, `demo`, `backend`, a provider arriving), the clinic, or the language
 * backend text is asked for in. Runs after the host's `willUpdate`.
 */
export class BackendReload implements ReactiveController {
  private key?: string;

  constructor(
    private readonly host: BackendSourceHost,
    private readonly options: BackendReloadOptions,
  ) {
    host.addController(this);
  }

  private loads = 0;

  /**
   * Starts one load of the element's data (from `load`, or a retry button): the function it returns
   * says whether that load is still the latest. A load overtaken by a newer one (the provider arrived,
   * the language changed) must not write what it got, or its late answer, or late error, would stay.
   */
  begin(): () => boolean {
    const load = ++this.loads;
    return () => load === this.loads;
  }

  /** Loads again at the next update even though the source is the same. */
  reset(): void {
    this.key = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const key = `${this.host.sourceKey}|${this.options.also?.() ?? ''}`;
    if (key === this.key || this.options.when?.() === false) return;
    this.key = key;
    this.options.load();
  }
}
