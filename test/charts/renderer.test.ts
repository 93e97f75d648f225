import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EchartsChartRenderer, wrapLabel } from '../../src/charts/echarts-renderer.js';
import { FakeChartRenderer, type BarChartSpec, type GridChartSpec } from '../../src/core/ports/charts.js';
import { pngSize } from './png.js';

const bar: BarChartSpec = {
  title: "Thema's waarover collega's willen leren",
  valueLabel: 'antwoorden',
  bars: [
    { label: 'Differentiëren in de klas', value: 7 },
    { label: 'Evalueren en feedback geven aan leerlingen, met een heel lange omschrijving die niet op één regel past', value: 4 },
    { label: 'Taalgericht vakonderwijs', value: 0 },
    { label: 'Welbevinden en reëel zelfbeeld', value: 2 },
    { label: 'ICT en mediawijsheid', value: 1 },
  ],
};

const grid: GridChartSpec = {
  title: 'Hoe leren we nu, en hoe willen we leren?',
  xLabels: ['Op school', 'Beide', 'Buiten school'],
  yLabels: ['Informeel', 'Beide', 'Formeel'],
  now: [
    [3, 1, 0],
    [2, 0, 0],
    [1, 0, 4],
  ],
  wanted: [
    [1, 2, 0],
    [0, 5, 1],
    [0, 0, 2],
  ],
  legend: { now: 'Nu', wanted: 'Gewenst' },
};

const renderer = new EchartsChartRenderer();

describe('EchartsChartRenderer', () => {
  it('draws the theme counts as a PNG of the size it reports, with every label and value in the text', async () => {
    const image = await renderer.bar(bar);
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBe(800);
    expect(image.height).toBe(450);
    expect(image.alt.split('\n')[0]).toBe("Thema's waarover collega's willen leren (antwoorden)");
    for (const b of bar.bars) expect(image.alt).toContain(`- ${b.label}: ${b.value}`);
    await writeFile('/tmp/chart-bar.png', image.png);
  });

  it('draws the positioning grid as a PNG, with every cell of both series in the text', async () => {
    const image = await renderer.grid(grid);
    expect(pngSize(image.png)).toEqual({ width: 800, height: 450 });
    const lines = image.alt.split('\n');
    expect(lines[0]).toBe(grid.title);
    expect(lines).toHaveLength(10);
    expect(lines).toContain('- Formeel / Buiten school: Nu 4, Gewenst 2');
    expect(lines).toContain('- Beide / Beide: Nu 0, Gewenst 5');
    expect(lines).toContain('- Informeel / Buiten school: Nu 0, Gewenst 0');
    await writeFile('/tmp/chart-grid.png', image.png);
  });

  it('puts every label and the values, zeros included, into the picture itself', () => {
    const { svg } = renderer.barSvg(bar);
    for (const text of ['Differentiëren in de klas', 'Taalgericht vakonderwijs', 'antwoorden', '>0<', '>7<']) expect(svg).toContain(text);
    // The long label is wrapped and cut, never dropped.
    expect(svg).toContain('Evalueren en feedback');
    expect(svg).toContain('…');
    const g = renderer.gridSvg(grid).svg;
    for (const text of ['Op school', 'Buiten school', 'Informeel', 'Formeel', 'Nu', 'Gewenst', '>5<', '>0<']) expect(g).toContain(text);
  });

  it('gives identical bytes for the same input', async () => {
    const [a, b] = await Promise.all([renderer.bar(bar), renderer.bar(bar)]);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    const [c, d] = [await renderer.grid(grid), await renderer.grid(grid)];
    expect(Buffer.from(c.png).equals(Buffer.from(d.png))).toBe(true);
    expect(Buffer.from(a.png).equals(Buffer.from(c.png))).toBe(false);
  });

  it('renders accents and French and English labels without errors', async () => {
    const image = await renderer.bar({
      title: 'Thèmes préférés — élèves, coöperatie, naïef',
      bars: [
        { label: 'Évaluation formative', value: 3 },
        { label: 'Coöperatief leren', value: 2 },
        { label: 'Ça, déjà-vu & «guillemets»', value: 1 },
      ],
    });
    expect(pngSize(image.png).width).toBe(800);
    expect(image.alt).toContain('- Coöperatief leren: 2');
    expect(image.alt).toContain('- Ça, déjà-vu & «guillemets»: 1');
  });

  it('handles empty data: no bars, an all-zero grid, missing grid rows, nonsense numbers', async () => {
    const empty = await renderer.bar({ title: 'Thema’s', bars: [], emptyText: 'Nog geen antwoorden' });
    expect(pngSize(empty.png)).toEqual({ width: 800, height: 450 });
    expect(empty.alt).toBe('Thema’s\nNog geen antwoorden');
    expect(renderer.barSvg({ title: 'x', bars: [], emptyText: 'Nog geen antwoorden' }).svg).toContain('Nog geen antwoorden');

    const zeros = await renderer.bar({ title: 'Nul', bars: [{ label: 'Alles nul', value: 0 }] });
    expect(pngSize(zeros.png).width).toBe(800);

    const nothing = await renderer.grid({ ...grid, now: [], wanted: [[0, 0, 0]], emptyText: 'Nog geen antwoorden' });
    expect(pngSize(nothing.png)).toEqual({ width: 800, height: 450 });
    expect(nothing.alt).toContain('- Formeel / Op school: Nu 0, Gewenst 0');

    const odd = await renderer.bar({ title: 'Rare getallen', bars: [{ label: 'NaN', value: Number.NaN }, { label: 'min', value: -2 }] });
    expect(pngSize(odd.png).width).toBe(800);
  });

  it('grows taller rather than squeezing many bars', async () => {
    const bars = Array.from({ length: 20 }, (_, i) => ({ label: `Thema ${i + 1}`, value: i }));
    const image = await renderer.bar({ title: 'Veel thema’s', bars });
    expect(pngSize(image.png)).toEqual({ width: 800, height: image.height });
    expect(image.height).toBeGreaterThan(450);
  });
});

describe('wrapLabel', () => {
  it('wraps on spaces, cuts with an ellipsis, and breaks words longer than a line', () => {
    expect(wrapLabel('Korte tekst', 20, 2)).toBe('Korte tekst');
    expect(wrapLabel('een twee drie vier vijf', 10, 2)).toBe('een twee\ndrie vier…');
    expect(wrapLabel('Onderwijsvernieuwingstraject', 10, 3).split('\n').every((l) => l.length <= 10)).toBe(true);
    expect(wrapLabel('   ', 10, 2)).toBe('');
  });
});

describe('FakeChartRenderer', () => {
  it('returns a 1×1 PNG with the real text alternative and remembers the calls', async () => {
    const fake = new FakeChartRenderer();
    const image = await fake.grid(grid);
    expect(pngSize(image.png)).toEqual({ width: 1, height: 1 });
    expect(image.alt).toBe((await renderer.grid(grid)).alt);
    expect((await fake.bar(bar)).alt).toContain('- Taalgericht vakonderwijs: 0');
    expect(fake.calls.map((c) => c.kind)).toEqual(['grid', 'bar']);
  });
});
