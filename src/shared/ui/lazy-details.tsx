/**
 * A `<details>` whose body is built only once it is opened: lists of hundreds of rows stay cheap,
 * and the keyboard works natively (Tab to the summary, Enter or Space to open).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface LazyDetailsProps {
  summary: ComponentChildren;
  children: () => ComponentChildren;
  class?: string;
  summaryClass?: string;
}

export function LazyDetails({ summary, children, class: className, summaryClass }: LazyDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class={summaryClass}>{summary}</summary>
      {open ? <div class="more">{children()}</div> : null}
    </details>
  );
}
