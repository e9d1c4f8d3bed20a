/** The clinic the in-page demo backend is seeded with: what `demo` without a `clinic` shows. */
export const DEMO_CLINIC = 'vc-linden';
