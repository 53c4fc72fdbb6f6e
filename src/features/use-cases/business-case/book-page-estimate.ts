import { useState } from 'react';

/** The CSS property the places of pages never drawn take their height from (see .pending). */
const ESTIMATE_PROPERTY = '--book-page-estimate';

/** The drawn pages' heights by their number in the book, and their average (null: none yet). */
export function pageHeights(): {
  set: (n: number, height: number) => void;
  average: () => number | null;
} {
  const byPage = new Map<number, number>();
  let sum = 0;
  return {
    set(n, height) {
      sum += height - (byPage.get(n) ?? 0);
      byPage.set(n, height);
    },
    average: () => (byPage.size === 0 ? null : sum / byPage.size),
  };
}

export interface PageEstimate {
  /** On the element around the book's pages: the estimate is set on it, as a CSS property. */
  root: (element: HTMLElement | null) => void;
  /** A drawn page's height in px, by its number in the book (stable). */
  report: (n: number, height: number) => void;
}

/** The estimate of one book: the drawn pages' heights and the element it is set on. */
function pageEstimate(): PageEstimate {
  const heights = pageHeights();
  let rootElement: HTMLElement | null = null;
  const apply = () => {
    const average = heights.average();
    if (rootElement && average !== null)
      rootElement.style.setProperty(ESTIMATE_PROPERTY, `${Math.round(average)}px`);
  };
  return {
    root(element) {
      rootElement = element;
      apply();
    },
    report(n, height) {
      heights.set(n, height);
      apply();
    },
  };
}

/**
 * The height a page never drawn is given: the average of the pages drawn so far (68rem, about a
 * page with its charts, before any). Set as a CSS property on the root, so that the estimate
 * changes the placeholders' size without drawing any of them again. One per mounted book.
 */
export function usePageEstimate(): PageEstimate {
  const [estimate] = useState(pageEstimate);
  return estimate;
}
