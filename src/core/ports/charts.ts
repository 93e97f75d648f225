/**
 * Charts as pictures for the chat: theme counts as a bar chart and the positioning grid (now versus wanted).
 * Every image carries a full text alternative, because the chat shows the same results in text too.
 * No SDK here: the implementation lives in src/charts.
 */

export interface BarChartSpec {
  title: string;
  bars: Array<{ label: string; value: number }>;
  /** What the numbers count, e.g. "antwoorden"; shown on the value axis and in the text alternative. */
  valueLabel?: string;
  /** Shown instead of bars when there are none, in the reader's language; defaults to "–". */
  emptyText?: string;
}

export interface GridChartSpec {
  title: string;
  /** Columns, left to right: on-site, both, off-site (already translated). */
  xLabels: [string, string, string];
  /** Rows, bottom to top: informal, both, formal (already translated). */
  yLabels: [string, string, string];
  /** counts per cell for "now" and "wanted", [y][x] */
  now: number[][];
  wanted: number[][];
  legend: { now: string; wanted: string };
  /** Shown over the grid when every count is zero; defaults to "–". */
  emptyText?: string;
}

export interface ChartImage {
  png: Uint8Array;
  /** Full text alternative: the title, every label and every value. */
  alt: string;
  width: number;
  height: number;
}

export interface ChartRenderer {
  bar(spec: BarChartSpec): Promise<ChartImage>;
  grid(spec: GridChartSpec): Promise<ChartImage>;
}

/** Keeps rendered images for a while so Slack and Teams can fetch them by URL: `${publicUrl}/charts/<token>.png`. */
export interface ChartStore {
  /** Stores the image and returns an unguessable token (base64url). */
  put(image: ChartImage): string;
  get(token: string): ChartImage | undefined;
}

/** The path, relative to the public URL, at which a stored chart is served. */
export const chartPath = (token: string): string => `/charts/${token}.png`;

const formatCount = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0');

/** Text alternative of a bar chart: one line per bar, every label and value, zeros included. */
export function barChartAlt(spec: BarChartSpec): string {
  const head = spec.valueLabel ? `${spec.title} (${spec.valueLabel})` : spec.title;
  if (spec.bars.length === 0) return `${head}\n${spec.emptyText ?? '–'}`;
  return [head, ...spec.bars.map((b) => `- ${b.label}: ${formatCount(b.value)}`)].join('\n');
}

/** Text alternative of the positioning grid: one line per cell, from formal to informal, on-site to off-site. */
export function gridChartAlt(spec: GridChartSpec): string {
  const lines = [spec.title];
  for (let y = 2; y >= 0; y--) {
    for (let x = 0; x < 3; x++) {
      const now = spec.now[y]?.[x] ?? 0;
      const wanted = spec.wanted[y]?.[x] ?? 0;
      lines.push(`- ${spec.yLabels[y]} / ${spec.xLabels[x]}: ${spec.legend.now} ${formatCount(now)}, ${spec.legend.wanted} ${formatCount(wanted)}`);
    }
  }
  return lines.join('\n');
}

// A valid 1×1 white PNG.
const ONE_PIXEL_PNG = [
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73, 68, 65, 84,
  120, 156, 99, 248, 255, 255, 63, 3, 0, 8, 252, 2, 254, 167, 154, 160, 160, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/** In-memory renderer for core tests: a 1×1 PNG with the real text alternative; remembers what it was asked. */
export class FakeChartRenderer implements ChartRenderer {
  readonly calls: Array<{ kind: 'bar'; spec: BarChartSpec } | { kind: 'grid'; spec: GridChartSpec }> = [];
  async bar(spec: BarChartSpec): Promise<ChartImage> {
    this.calls.push({ kind: 'bar', spec });
    return { png: Uint8Array.from(ONE_PIXEL_PNG), alt: barChartAlt(spec), width: 1, height: 1 };
  }
  async grid(spec: GridChartSpec): Promise<ChartImage> {
    this.calls.push({ kind: 'grid', spec });
    return { png: Uint8Array.from(ONE_PIXEL_PNG), alt: gridChartAlt(spec), width: 1, height: 1 };
  }
}
