import { useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './ui.module.css';

/**
 * A table that may be wider than a phone: it scrolls sideways inside this region, never the page
 * (WCAG 1.4.10). The region is named after the table, and reachable by Tab while it has something
 * to scroll (a keyboard user can then scroll it with the arrow keys).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    // No measure here: the observer reports the first size itself, after layout, instead of
    // forcing a layout per table while a screen mounts (a book part mounts dozens of tables).
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={region}
      role="region"
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
      className={styles.tableScroll}
    >
      {children}
    </div>
  );
}
