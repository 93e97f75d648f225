import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import {
  barChartAlt,
  gridChartAlt,
  type BarChartSpec,
  type ChartImage,
  type ChartRenderer,
  type GridChartSpec,
} from '../core/ports/charts.js';

/**
 * Charts drawn with Apache ECharts' server-side SVG renderer and turned into PNG by resvg (no canvas, no browser,
 * no outside service). The font ships in an npm package and system fonts are never loaded, so the same input gives
 * the same bytes on every machine.
 */

const require = createRequire(import.meta.url);

/**
 * Text widths as DejaVu Sans draws them (advance widths in em, rounded), so ECharts lays out labels for the font
 * resvg really uses. Without this ECharts guesses Arial-like widths and long labels run off the picture.
 */
const NARROW = new Set([...`il.,:;'|!ıj`]);
const SEMI = new Set([...`frt()[]{}"-/ `]);
const WIDE = new Set([...'mwMW@%']);
function emWidth(ch: string, bold: boolean): number {
  let w: number;
  if (NARROW.has(ch)) w = 0.3;
  else if (SEMI.has(ch)) w = 0.4;
  else if (WIDE.has(ch)) w = 0.95;
  else if (/\p{Lu}/u.test(ch)) w = 0.72;
  else if (/[0-9]/.test(ch)) w = 0.64;
  else w = 0.61;
  return bold ? w * 1.12 : w;
}
echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    const bold = /\bbold\b|\b[6-9]00\b/.test(font ?? '');
    let width = 0;
    for (const ch of text ?? '') width += emWidth(ch, bold) * size;
    return { width };
  },
});
const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

const WIDTH = 800;
const HEIGHT = 450;
const INK = '#1f2937'; // text: 14:1 on white
const MUTED = '#4b5563'; // axis labels: 7.5:1 on white
const RULE = '#d1d5db';
const NOW = '#1d4ed8'; // blue, white text 6.7:1
const WANTED = '#b45309'; // amber, white text 5:1; blue/amber stay apart for colour-blind readers
const BAR = '#1d4ed8';

const safe = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
const display = (value: number): string => String(Math.round(safe(value) * 10) / 10);

/** Breaks text into at most `maxLines` lines of about `width` characters; the last line ends in "…" when cut. */
export function wrapLabel(text: string, width: number, maxLines: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > width) {
      // A word longer than a line: break it hard.
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width - 1) + '-');
      word = word.slice(width - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    if (lines.length >= maxLines) {
      cut = true;
      break;
    }
  }
  if (line && lines.length < maxLines) lines.push(line);
  else if (line) cut = true;
  const kept = lines.slice(0, maxLines);
  if (cut || lines.length > maxLines) {
    const last = kept[kept.length - 1] ?? '';
    kept[kept.length - 1] = `${last.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
  }
  return kept.join('\n');
}

const titleOption = (title: string) => ({
  text: wrapLabel(title, 70, 1),
  left: 24,
  top: 16,
  textStyle: { fontFamily: FONT_FAMILY, fontSize: 20, fontWeight: 'bold' as const, color: INK },
});

const emptyGraphic = (text: string) => ({
  type: 'text' as const,
  left: 'center',
  top: 'middle',
  style: { text: wrapLabel(text, 60, 2), fontFamily: FONT_FAMILY, fontSize: 18, fill: MUTED, align: 'center' as const },
});

function toSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

async function toPng(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}

export class EchartsChartRenderer implements ChartRenderer {
  /** The SVG behind `bar`, for tests and debugging. */
  barSvg(spec: BarChartSpec): { svg: string; width: number; height: number } {
    const bars = spec.bars;
    // 800×450 holds ten bars; more bars make the picture taller rather than the labels unreadable.
    const height = Math.min(1600, Math.max(HEIGHT, 110 + bars.length * 34));
    const max = Math.max(0, ...bars.map((b) => safe(b.value)));
    const option: echarts.EChartsCoreOption = {
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY, color: INK },
      title: titleOption(spec.title),
      grid: { left: 24, right: 56, top: 64, bottom: spec.valueLabel ? 48 : 28, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: max === 0 ? 1 : undefined,
        minInterval: 1,
        name: spec.valueLabel ? wrapLabel(spec.valueLabel, 40, 1) : undefined,
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { fontFamily: FONT_FAMILY, fontSize: 13, color: MUTED },
        axisLabel: { fontFamily: FONT_FAMILY, fontSize: 13, color: MUTED },
        splitLine: { lineStyle: { color: RULE } },
      },
      yAxis: {
        type: 'category',
        inverse: true, // first bar on top, as in the text
        data: bars.map((b) => wrapLabel(b.label, 28, 2)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: MUTED } },
        axisLabel: { fontFamily: FONT_FAMILY, fontSize: 14, color: INK, lineHeight: 17, interval: 0 },
      },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => safe(b.value)),
          barMaxWidth: 36,
          itemStyle: { color: BAR },
          label: {
            show: true,
            position: 'right',
            fontFamily: FONT_FAMILY,
            fontSize: 14,
            fontWeight: 'bold',
            color: INK,
            formatter: (p: { value: unknown }) => display(Number(p.value)),
          },
        },
      ],
      graphic: bars.length === 0 ? [emptyGraphic(spec.emptyText ?? '–')] : [],
    };
    if (bars.length === 0) {
      option.xAxis = { show: false };
      option.yAxis = { show: false };
      option.series = [];
    }
    return { svg: toSvg(option, WIDTH, height), width: WIDTH, height };
  }

  /** The SVG behind `grid`, for tests and debugging. */
  gridSvg(spec: GridChartSpec): { svg: string; width: number; height: number } {
    const cell = (rows: number[][], x: number, y: number) => safe(rows[y]?.[x] ?? 0);
    const all: number[] = [];
    for (let y = 0; y < 3; y++) for (let x = 0; x < 3; x++) all.push(cell(spec.now, x, y), cell(spec.wanted, x, y));
    const max = Math.max(0, ...all);
    // Bubble area grows with the count; a zero is a small hollow ring that still shows "0".
    const size = (v: number) => (v === 0 ? 26 : Math.round(30 + Math.sqrt(v / max) * 44));
    const points = (rows: number[][], colour: string) => {
      const data: object[] = [];
      for (let y = 0; y < 3; y++) {
        for (let x = 0; x < 3; x++) {
          const v = cell(rows, x, y);
          data.push({
            value: [x, y, v],
            symbolSize: size(v),
            itemStyle: v === 0 ? { color: '#ffffff', borderColor: colour, borderWidth: 2, opacity: 1 } : { color: colour, opacity: 1 },
            label: { color: v === 0 ? colour : '#ffffff' },
          });
        }
      }
      return data;
    };
    const axisLabel = { fontFamily: FONT_FAMILY, fontSize: 14, color: INK, lineHeight: 17, interval: 0 };
    const series = (name: string, rows: number[][], colour: string, offset: number) => ({
      type: 'scatter',
      name,
      data: points(rows, colour),
      itemStyle: { color: colour, opacity: 1 },
      symbolOffset: [offset, 0],
      label: {
        show: true,
        position: 'inside',
        fontFamily: FONT_FAMILY,
        fontSize: 15,
        fontWeight: 'bold',
        formatter: (p: { value: unknown }) => display(Number((p.value as number[])[2])),
      },
    });
    const option: echarts.EChartsCoreOption = {
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY, color: INK },
      title: titleOption(spec.title),
      legend: {
        top: 52,
        left: 24,
        itemWidth: 16,
        itemHeight: 16,
        icon: 'circle',
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 14, color: INK },
        data: [
          { name: spec.legend.now, itemStyle: { color: NOW, opacity: 1 } },
          { name: spec.legend.wanted, itemStyle: { color: WANTED, opacity: 1 } },
        ],
      },
      grid: { left: 24, right: 32, top: 92, bottom: 24, containLabel: true },
      xAxis: {
        type: 'category',
        data: spec.xLabels.map((l) => wrapLabel(l, 24, 2)),
        boundaryGap: true,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: MUTED } },
        splitLine: { show: true, interval: 0, lineStyle: { color: RULE } },
        axisLabel,
      },
      yAxis: {
        type: 'category',
        data: spec.yLabels.map((l) => wrapLabel(l, 14, 3)),
        boundaryGap: true,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: MUTED } },
        splitLine: { show: true, interval: 0, lineStyle: { color: RULE } },
        splitArea: { show: true, interval: 0, areaStyle: { color: ['#ffffff', '#f3f4f6'] } },
        axisLabel,
      },
      series: [series(spec.legend.now, spec.now, NOW, -40), series(spec.legend.wanted, spec.wanted, WANTED, 40)],
      graphic: max === 0 ? [{ ...emptyGraphic(spec.emptyText ?? '–'), left: undefined, right: 32, top: 52 }] : [],
    };
    return { svg: toSvg(option, WIDTH, HEIGHT), width: WIDTH, height: HEIGHT };
  }

  async bar(spec: BarChartSpec): Promise<ChartImage> {
    const { svg, width, height } = this.barSvg(spec);
    return { png: await toPng(svg), alt: barChartAlt(spec), width, height };
  }

  async grid(spec: GridChartSpec): Promise<ChartImage> {
    const { svg, width, height } = this.gridSvg(spec);
    return { png: await toPng(svg), alt: gridChartAlt(spec), width, height };
  }
}
