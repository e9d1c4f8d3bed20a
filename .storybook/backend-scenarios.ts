import { http, type RequestHandler } from 'msw';
import { scenarios } from '../stories/helpers.js';

/**
 * Backend scenarios for the whole Storybook, switched from the toolbar ("Backend"): every story's
 * calls to `/v1/*` go through them before the real server app. A story's own `parameters.msw`
 * overrides come first: a story that pins a state (e.g. "Loading") keeps it under any scenario.
 */
export const BACKEND_SCENARIOS = {
  normal: { title: 'Normal', handlers: (): RequestHandler[] => [] },
  slow: { title: 'Slow network (2.5 s)', handlers: () => [scenarios.slow('/v1/*')] },
  errors: { title: 'Server errors (500)', handlers: () => [scenarios.failing('/v1/*', 500, 'server')] },
  malformed: { title: 'Malformed answers', handlers: () => [scenarios.garbage('/v1/*')] },
  offline: { title: 'Offline (network error)', handlers: () => [scenarios.offline('/v1/*')] },
  'signed-out': {
    title: 'Signed out (401)',
    // the real server app, asked without the token: calls that need a person answer 401, public ones still work
    handlers: (app: { fetch(request: Request): Response | Promise<Response> }) => [
      http.all('*/v1/*', ({ request }) => {
        const anonymous = new Request(request);
        anonymous.headers.delete('Authorization');
        return app.fetch(anonymous);
      }),
    ],
  },
} as const;

export type BackendScenario = keyof typeof BACKEND_SCENARIOS;

export const scenarioToolbar = {
  description: 'Backend scenario',
  toolbar: {
    title: 'Backend',
    icon: 'transfer' as const,
    items: Object.entries(BACKEND_SCENARIOS).map(([value, { title }]) => ({ value, title })),
    dynamicTitle: true,
  },
};

/** A story's own msw overrides, in either of the forms msw-storybook-addon accepts. */
export function storyHandlers(parameter: unknown): RequestHandler[] {
  if (!parameter) return [];
  if (Array.isArray(parameter)) return parameter as RequestHandler[];
  const handlers = (parameter as { handlers?: RequestHandler[] | Record<string, RequestHandler | RequestHandler[]> }).handlers;
  if (!handlers) return [];
  return (Array.isArray(handlers) ? handlers : Object.values(handlers)).flat().filter(Boolean) as RequestHandler[];
}
