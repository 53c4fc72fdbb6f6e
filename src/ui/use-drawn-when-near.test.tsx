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

/** A stand-in for ResizeObserver: the test resizes an element it watches. */
class FakeResizeObserver {
  static watched = new Map<Element, FakeResizeObserver>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(element: Element) {
    FakeResizeObserver.watched.set(element, this);
  }
  disconnect() {
    for (const [element, observer] of FakeResizeObserver.watched)
      if (observer === this) FakeResizeObserver.watched.delete(element);
  }
  static resize(element: Element, height: number) {
    element.getBoundingClientRect = () => ({ height }) as DOMRect;
    const observer = FakeResizeObserver.watched.get(element);
    act(() => observer?.callback([], observer as never));
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

function Item({
  id,
  always,
  ready,
  onDrawnHeight,
}: {
  id: string;
  always?: boolean;
  ready?: boolean;
  onDrawnHeight?: (height: number) => void;
}) {
  const { ref, drawn, height } = useDrawnWhenNear({ always, ready, onDrawnHeight });
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
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
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

  it('tells the height of the item while it is drawn, not of its placeholder', () => {
    vi.useFakeTimers();
    const heard: number[] = [];
    const onDrawnHeight = (height: number) => heard.push(height);
    render(<Item id="a" onDrawnHeight={onDrawnHeight} />);
    const element = screen.getByTestId('a');
    FakeResizeObserver.resize(element, 900);
    near('a', true);
    nextTask();
    FakeResizeObserver.resize(element, 1100);
    FakeResizeObserver.resize(element, 1300);
    near('a', false, 1300);
    FakeResizeObserver.resize(element, 40);
    expect(heard).toEqual([1100, 1300]);
  });
});
