import type { ReactNode } from 'react';

/**
 * 表格滚动区 — a wide table scrolls sideways inside its own box on a phone. The box is a named
 * region in the tab order so that a keyboard user can reach it and scroll it (axe:
 * scrollable-region-focusable; WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box needs the focus to scroll.
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
