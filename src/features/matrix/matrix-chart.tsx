import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { drawMarks } from './matrix-canvas';
import { CHART_FONT, INK } from './matrix-colours';
import { markAt, type ChartMark, type PlacedMark } from './matrix-geometry';
import { layOutMatrix, type MatrixSource } from './matrix-scene';
import { MarkSvg, ShapesSvg } from './matrix-svg-parts';
import styles from './matrix.module.css';

export interface MatrixChartProps extends MatrixSource {
  /** Lines of the tooltip of a mark, already translated. */
  describe: (mark: ChartMark) => string[];
  onOpen: (id: string) => void;
}

/** The chart's width follows its box (measured before the first paint, then on resize). */
function useBoxWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setWidth(Math.round(box.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The value vs feasibility chart: quadrants at the workspace thresholds, axes and names in SVG;
 * the marks in SVG up to SVG_MARKS_UP_TO, else on a canvas (hit-tested for the tooltip and the
 * click), so that a thousand use cases repaint in a few milliseconds.
 */
function MatrixChart(props: MatrixChartProps) {
  const { marks, labels, cellSize, thresholds, sized, texts } = props;
  const [boxRef, measured] = useBoxWidth();
  const width = measured || 960;
  const scene = useMemo(
    () => layOutMatrix(width, { marks, labels, cellSize, thresholds, sized, texts }),
    [width, marks, labels, cellSize, thresholds, sized, texts],
  );
  const { height, g, crowded: onCanvas, placed, background, foreground } = scene;

  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (onCanvas && canvasRef.current && measured > 0)
      drawMarks(canvasRef.current, placed, width, height, CHART_FONT);
  }, [onCanvas, placed, width, height, measured]);

  const [pointed, setHovered] = useState<PlacedMark | null>(null);
  // New marks (weights, filters, size): a hover of the old ones no longer points at anything.
  const hovered = pointed && placed.includes(pointed) ? pointed : null;
  const pointAt = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return markAt(placed, e.clientX - box.left, e.clientY - box.top);
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const hit = pointAt(e);
    if (hit?.mark.key !== hovered?.mark.key) setHovered(hit);
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = pointAt(e)?.mark.id;
    if (id) props.onOpen(id);
  };

  const tooltipLeft = hovered && hovered.px + 280 > width;
  return (
    <div
      ref={boxRef}
      className={styles.plot}
      style={{ height, cursor: hovered?.mark.id ? 'pointer' : 'default' }}
      onPointerMove={onMove}
      onPointerLeave={() => setHovered(null)}
      onClick={onClick}
      data-testid="matrix-plot"
      data-plot={`${g.left} ${g.top} ${g.plotWidth} ${g.plotHeight}`}
      data-marks={onCanvas ? 'canvas' : 'svg'}
    >
      <ShapesSvg shapes={background} width={width} height={height} />
      {onCanvas ? (
        <canvas ref={canvasRef} className={styles.layer} style={{ width, height }} />
      ) : null}
      <svg className={styles.layer} width={width} height={height} aria-hidden="true">
        {onCanvas ? null : placed.map((p) => <MarkSvg key={p.mark.key} placed={p} />)}
        {hovered ? (
          <circle
            cx={hovered.px}
            cy={hovered.py}
            r={hovered.r * (hovered.mark.scope === 'external' ? 1.2 : 1) + 4}
            fill="none"
            stroke={INK}
            strokeWidth={2.5}
          />
        ) : null}
      </svg>
      <ShapesSvg shapes={foreground} width={width} height={height} layer />
      {hovered ? (
        <div
          className={styles.tooltip}
          data-testid="matrix-tooltip"
          style={{
            top: Math.max(4, Math.min(hovered.py - 20, height - 120)),
            ...(tooltipLeft
              ? { right: width - hovered.px + hovered.r + 12 }
              : { left: hovered.px + hovered.r + 12 }),
          }}
        >
          {props.describe(hovered.mark).map((line, i) => (
            <div key={i} className={i === 0 ? styles.tooltipTitle : undefined}>
              {line}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export default memo(MatrixChart);
