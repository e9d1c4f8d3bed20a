import { css } from 'lit';

/** The attachment field's styles: adopted beside the form's own when the field first loads (render-attachment.ts). */
export const attachmentStyles = css`
  .files {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .preview {
    inline-size: 4rem;
    block-size: 4rem;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .file {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  /* the file picker's button looks like Nära's secondary buttons */
  .file::file-selector-button {
    min-block-size: var(--_target-size);
    margin-inline-end: var(--_space-s);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    font-size: var(--_font-size);
    font-weight: 600;
    cursor: pointer;
  }
  .file:hover::file-selector-button {
    background: var(--_color-primary-soft);
  }
  progress {
    accent-color: var(--_color-primary);
  }
`;
