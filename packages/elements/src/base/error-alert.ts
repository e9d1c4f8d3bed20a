import { html, nothing } from 'lit';
import { icon } from '../icons/icons.js';

/** The one way elements show a failure: a message fit to show and, where it helps, a retry button. */
export function errorAlert(message: string, retry?: { label: string; onRetry: () => void }) {
  return html`<div class="alert" role="alert" part="error">
    ${icon('alert')}
    <p>${message}</p>
    ${retry ? html`<button class="button secondary" type="button" @click=${retry.onRetry}>${retry.label}</button>` : nothing}
  </div>`;
}
