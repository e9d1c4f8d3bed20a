import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fillFollowUpMonth } from '@nara/server';
import type { IndicatorReport } from '@nara/contract/follow-up';
import type { FollowUpQuery } from '../packages/elements/src/follow-up/follow-up.js';
import { API } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';
import '../packages/elements/src/follow-up/define.ts';

// The seeded month (scripts/seed-follow-up-month.ts; distributions in packages/server/src/seed/follow-up-month.ts).
let seeded: Promise<number> | undefined;
const seedMonth = () => (seeded ??= fillFollowUpMonth(storyApp.context.store, { month: '2026-11' }));

const CLINICS = { 'vc-linden': 'Vårdcentralen Linden', 'vc-kvarnen': 'Vårdcentralen Kvarnen', 'hc-alvstranden': 'Hälsocentralen Älvstranden' };

/** What a host page does: `GET /v1/staff/indicators` with the signed-in staff member's or region's token. */
const loader = (token: string) => async (query: FollowUpQuery): Promise<IndicatorReport> => {
  const params = new URLSearchParams({ from: query.from, to: query.to, ...(query.clinic ? { clinic: query.clinic } : {}) });
  const response = await fetch(`${API}/v1/staff/indicators?${params}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

const meta: Meta = {
  title: 'Staff/Follow-up',
  component: 'nara-follow-up',
  loaders: [seedMonth],
  render: () =>
    html`<nara-follow-up from="2026-11-01" to="2026-11-30" .clinics=${CLINICS} .loader=${loader('test-region:region-ylva')}></nara-follow-up>`,
};
export default meta;
type Story = StoryObj;

/** The region's view of the seeded month: every clinic, per-clinic comparison, small cells hidden. */
export const RegionMonth: Story = {};
export const RegionMonthEnglish: Story = {
  render: () =>
    html`<nara-follow-up locale="en" from="2026-11-01" to="2026-11-30" .clinics=${CLINICS} .loader=${loader('test-region:region-ylva')}></nara-follow-up>`,
};
/** A clinic's own staff: their clinic only, nothing hidden. */
export const ClinicMonth: Story = {
  render: () => html`<nara-follow-up from="2026-11-01" to="2026-11-30" .loader=${loader('test-staff:staff-anna')}></nara-follow-up>`,
};
export const LoadFailed: Story = {
  render: () => html`<nara-follow-up from="2026-11-01" to="2026-11-30" .loader=${loader('test-staff:nobody')}></nara-follow-up>`,
};
