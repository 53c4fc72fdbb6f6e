import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useDrawnWhenNear } from './use-drawn-when-near';

/** A stand-in for the browser's IntersectionObserver: the test says what comes near. */
class FakeObserver {
  static watched = new Map<Element, FakeObserver>();
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    FakeObserver.watched.set(element, this);
  }
  unobserve(element: Element) {
    FakeObserver.watched.delete(element);
  }
  disconnect() {}
  report(target: Element, isIntersecting: boolean, height: number) {
    const entry = { target, isIntersecting, boundingClientRect: { height } };
    this.callback([entry as unknown as IntersectionObserverEntry], this as never);
  }
}

/** The item comes within the margin of the viewport (true) or leaves it (false). */
function near(id: string, isNear: boolean, height = 1000) {
  const element = screen.getByTestId(id);
  act(() => FakeObserver.watched.get(element)?.report(element, isNear, height));
}

function nextTask() {
  act(() => {
    vi.advanceTimersByTime(0);
  });
}

function Item({ id, always, ready }: { id: string; always?: boolean; ready?: boolean }) {
  const { ref, drawn, height } = useDrawnWhenNear({ always, ready });
  return (
    <div ref={ref} data-testid={id}>
      {drawn ? 'drawn' : `placeholder ${height ?? 'unmeasured'}`}
    </div>
  );
}

const drawnOnes = () =>
  ['a', 'b', 'c'].filter((id) => screen.queryByTestId(id)?.textContent === 'drawn');

beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});

afterEach(() => {
  cleanup();
  // Whatever turn a test left waiting ends here, before the next test's timers.
  act(() => {
    vi.runOnlyPendingTimers();
  });
  vi.useRealTimers();
});

describe('heavy items drawn only near the viewport', () => {
  it('draws an item once it comes near, in a later task, and undraws it once far', () => {
    vi.useFakeTimers();
    render(<Item id="a" />);
    expect(screen.getByTestId('a')).toHaveTextContent('placeholder unmeasured');
    near('a', true);
    expect(screen.getByTestId('a')).toHaveTextContent('placeholder');
    nextTask();
    expect(screen.getByTestId('a')).toHaveTextContent('drawn');
    // Far again: a placeholder of the height the page had when drawn.
    near('a', false, 1234);
    expect(screen.getByTestId('a')).toHaveTextContent('placeholder 1234');
    // Near again: drawn again in a later task.
    near('a', true);
    nextTask();
    expect(screen.getByTestId('a')).toHaveTextContent('drawn');
  });

  it('draws the items that come near together one per task', () => {
    vi.useFakeTimers();
    render(
      <>
        <Item id="a" />
        <Item id="b" />
        <Item id="c" />
      </>,
    );
    near('a', true);
    near('b', true);
    near('c', true);
    expect(drawnOnes()).toEqual([]);
    nextTask();
    expect(drawnOnes()).toEqual(['a']);
    nextTask();
    expect(drawnOnes()).toEqual(['a', 'b']);
    nextTask();
    expect(drawnOnes()).toEqual(['a', 'b', 'c']);
  });

  it('an item that goes far before its turn gives its turn to the next', () => {
    vi.useFakeTimers();
    render(
      <>
        <Item id="a" />
        <Item id="b" />
      </>,
    );
    near('a', true);
    near('b', true);
    near('a', false);
    nextTask();
    expect(drawnOnes()).toEqual(['b']);
  });

  it('draws at once whatever its place when always (printing)', () => {
    vi.useFakeTimers();
    const view = render(<Item id="a" always />);
    expect(screen.getByTestId('a')).toHaveTextContent('drawn');
    view.rerender(<Item id="a" />);
    expect(screen.getByTestId('a')).toHaveTextContent('placeholder');
  });

  it('draws nothing before it is ready (the charts have loaded)', () => {
    vi.useFakeTimers();
    const view = render(<Item id="a" ready={false} />);
    near('a', true);
    nextTask();
    expect(screen.getByTestId('a')).toHaveTextContent('placeholder');
    view.rerender(<Item id="a" ready />);
    nextTask();
    expect(screen.getByTestId('a')).toHaveTextContent('drawn');
  });
});
