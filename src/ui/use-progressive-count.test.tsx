import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from './use-progressive-count';

function Pages({
  total,
  listKey,
  ready = true,
}: {
  total: number;
  listKey: string;
  ready?: boolean;
}) {
  const pages = useProgressiveCount(total, listKey, { step: 4, ready });
  return (
    <>
      <p data-testid="count">{pages.count}</p>
      <p data-testid="complete">{String(pages.complete)}</p>
      <button type="button" onClick={pages.showAll} aria-label="all" />
    </>
  );
}

afterEach(() => vi.useRealTimers());

describe('heavy items rendered a few per task', () => {
  it('renders 4 of 10 at once, then 4 more per task until all 10 are there', () => {
    vi.useFakeTimers();
    render(<Pages total={10} listKey="a" />);
    expect(screen.getByTestId('count')).toHaveTextContent('4');
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(screen.getByTestId('count')).toHaveTextContent('8');
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(screen.getByTestId('count')).toHaveTextContent('10');
    expect(screen.getByTestId('complete')).toHaveTextContent('true');
  });

  it('starts again from 4 for another list (a filter, the next part)', () => {
    vi.useFakeTimers();
    const view = render(<Pages total={10} listKey="a" />);
    act(() => {
      vi.advanceTimersByTime(0);
    });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    view.rerender(<Pages total={10} listKey="b" />);
    expect(screen.getByTestId('count')).toHaveTextContent('4');
  });

  it('renders the rest at once before printing (the button or the browser menu)', () => {
    vi.useFakeTimers();
    const view = render(<Pages total={50} listKey="a" />);
    act(() => screen.getByRole('button', { name: 'all' }).click());
    expect(screen.getByTestId('count')).toHaveTextContent('50');
    view.rerender(<Pages total={50} listKey="b" />);
    expect(screen.getByTestId('count')).toHaveTextContent('4');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('count')).toHaveTextContent('50');
  });

  it('renders nothing until the items can be drawn (their code has loaded)', () => {
    vi.useFakeTimers();
    const view = render(<Pages total={10} listKey="a" ready={false} />);
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(screen.getByTestId('count')).toHaveTextContent('0');
    expect(screen.getByTestId('complete')).toHaveTextContent('false');
    view.rerender(<Pages total={10} listKey="a" ready />);
    expect(screen.getByTestId('count')).toHaveTextContent('4');
  });

  it('a list shorter than a step is complete at once', () => {
    render(<Pages total={3} listKey="a" />);
    expect(screen.getByTestId('count')).toHaveTextContent('3');
    expect(screen.getByTestId('complete')).toHaveTextContent('true');
  });
});
