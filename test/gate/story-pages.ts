import type { BrowserContext, Page } from 'playwright-core';

interface PooledPage {
  page: Page;
  errors: string[];
}

/**
 * A few story pages shared by the gate's checks: each check borrows one (Storybook switches stories
 * in place, so a page load is paid once per page), and a page whose story failed is replaced, so the
 * next story starts clean.
 */
export class StoryPagePool {
  private readonly idle: PooledPage[] = [];
  private readonly waiting: ((page: PooledPage) => void)[] = [];
  private opened = 0;

  constructor(
    private readonly context: BrowserContext,
    private readonly size: number,
  ) {}

  /** Runs `check` on a page; its uncaught page errors are added to the failures it returns. */
  async check(check: (page: Page) => Promise<string[]>): Promise<string[]> {
    const pooled = await this.acquire();
    pooled.errors.length = 0;
    let failures: string[];
    try {
      failures = await check(pooled.page);
    } catch (error) {
      failures = [`the gate could not check it: ${error instanceof Error ? error.message : String(error)}`];
    }
    failures.push(...pooled.errors);
    if (failures.length) {
      await pooled.page.close().catch(() => {});
      this.opened--;
      this.release(await this.open());
    } else {
      this.release(pooled);
    }
    return failures;
  }

  private async open(): Promise<PooledPage> {
    this.opened++;
    const page = await this.context.newPage();
    const pooled: PooledPage = { page, errors: [] };
    page.on('pageerror', (error) => pooled.errors.push(`uncaught ${error.name}: ${error.message}`));
    return pooled;
  }

  private async acquire(): Promise<PooledPage> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.opened < this.size) return this.open();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(pooled: PooledPage): void {
    const next = this.waiting.shift();
    if (next) next(pooled);
    else this.idle.push(pooled);
  }
}
