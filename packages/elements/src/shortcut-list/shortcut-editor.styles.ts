import { css } from 'lit';

/** The editor's styles, adopted by the list when the editor first loads (most visitors never edit). */
export const editorStyles = css`
  .edit-list,
  .add-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .edit-list {
    display: grid;
    gap: var(--_space-s);
    margin-block-end: var(--_space-l);
  }
  .edit-list li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .edit-list li.dragging {
    outline: 3px dashed var(--_color-primary);
  }
  .handle {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_target-size);
    block-size: var(--_target-size);
    cursor: grab;
    touch-action: none;
    color: var(--_color-text-muted);
  }
  .title {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  .icon-button {
    padding: 0;
  }
  .add {
    margin-block-end: var(--_space-l);
  }
  .add-heading {
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  .add-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .edit-help {
    margin-block: 0 var(--_space-m);
    color: var(--_color-text-muted);
  }
  @media (max-width: 24rem) {
    .edit-list li {
      flex-wrap: wrap;
    }
    .title {
      flex-basis: calc(100% - var(--_target-size) - var(--_space-s));
    }
  }
`;
