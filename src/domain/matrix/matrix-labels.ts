/** A point that may get a label, in the order of preference (rank order). */
export interface LabelCandidate {
  id: string;
  title: string;
  /** 0..100, drawn upwards */
  value: number;
  /** 0..100, drawn rightwards */
  feasibility: number;
}

export interface LabelPlacement {
  id: string;
  text: string;
  side: 'right' | 'left';
}

export interface LabelLayout {
  /** Plot area in pixels. */
  width: number;
  height: number;
  fontSize: number;
  maxLabels: number;
  maxChars: number;
}

/** Average glyph width as a share of the font size (a sans-serif estimate). */
const CHAR_WIDTH = 0.55;
/** Gap between a point and its label, in pixels. */
const GAP = 8;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Cuts a title to maxChars characters, with an ellipsis when it was cut. */
export function shortenLabel(title: string, maxChars: number): string {
  const chars = [...title];
  return chars.length <= maxChars ? title : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/**
 * Labels the first points (best ranked) so that no two labels overlap and none leaves the plot:
 * each label goes right of its point, else left, else the point stays unlabelled (its title is
 * in the tooltip and the table). At most layout.maxLabels labels.
 */
export function placeMatrixLabels(
  points: readonly LabelCandidate[],
  layout: LabelLayout,
): LabelPlacement[] {
  const placed: Box[] = [];
  const result: LabelPlacement[] = [];
  const height = layout.fontSize * 1.2;
  for (const p of points) {
    if (result.length >= layout.maxLabels) break;
    const text = shortenLabel(p.title, layout.maxChars);
    const width = [...text].length * layout.fontSize * CHAR_WIDTH;
    const x = (p.feasibility / 100) * layout.width;
    const y = (1 - p.value / 100) * layout.height;
    const top = y - height / 2;
    const bottom = y + height / 2;
    const sides: [LabelPlacement['side'], Box][] = [
      ['right', { left: x + GAP, right: x + GAP + width, top, bottom }],
      ['left', { left: x - GAP - width, right: x - GAP, top, bottom }],
    ];
    for (const [side, box] of sides) {
      const inside =
        box.left >= 0 && box.right <= layout.width && box.top >= 0 && box.bottom <= layout.height;
      if (!inside || placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      result.push({ id: p.id, text, side });
      break;
    }
  }
  return result;
}
