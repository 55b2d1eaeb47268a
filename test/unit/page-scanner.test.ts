// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TIMINGS_KEY, timingsNamed } from '../../src/page/idle';
import type { Finding, TextBlock } from '../../src/core/types';
import type { Analysis } from '../../src/page/analysis';
import { DEFAULT_PAGE_SETTINGS } from '../../src/page/page-settings';
import { ROUTE_SETTLE_MS } from '../../src/page/lifecycle';
import { startPageScanner, type PageScanner } from '../../src/page/scanner';
import { GATE_RECHECK_SETTLE_MS } from '../../src/page/shop-watch';
import { findingsReport, MAX_FINDINGS, receiveAnalysed, receiveToContent } from '../../src/page/wire';
import { AnalysedBlocks, FindingsReport, RevealFinding } from '../../src/messages';
import { detector } from '../../src/tactics';

function shopPage(body: string): void {
  document.head.replaceChildren();
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'product');
  document.head.append(meta);
  const template = document.createElement('template');
  template.innerHTML = body; // test fixture markup, not page text
  document.body.replaceChildren(template.content);
}

/** The real detector, in place, recording every block it was sent and the product keys that came with them. */
function recordingAnalysis(): Analysis & { sent: TextBlock[]; productKeys: Array<string | undefined> } {
  const sent: TextBlock[] = [];
  const productKeys: Array<string | undefined> = [];
  return {
    sent,
    productKeys,
    analyse: async (blocks, productKey) => {
      sent.push(...blocks);
      productKeys.push(productKey);
      return detector.detect(blocks);
    },
  };
}

let scanner: PageScanner | null = null;
afterEach(() => {
  scanner?.stop();
  scanner = null;
});

function start(analysis: Analysis, reports: Finding[][]): PageScanner {
  scanner = startPageScanner({ doc: document, analysis, report: (f) => reports.push(f), isVisible: () => true });
  scanner.applySettings(DEFAULT_PAGE_SETTINGS);
  return scanner;
}

describe('startPageScanner', () => {
  it('scans a shop page in idle slices and reports its findings', async () => {
    shopPage('<p>FREE gift with purchase: a pair of socks.</p><p>$89.00</p>');
    const reports: Finding[][] = [];
    start(recordingAnalysis(), reports);
    await vi.waitFor(() => expect(reports.at(-1)?.map((f) => f.tactic)).toContain('free-gift'));
  });

  it('sends the batches one after another, the next once the previous is answered', async () => {
    shopPage(Array.from({ length: 900 }, (_, i) => `<p>Item ${i}: FREE gift with purchase.</p>`).join(''));
    const inner = recordingAnalysis();
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const analysis: Analysis = {
      analyse: async (blocks, productKey) => {
        calls++;
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return inner.analyse(blocks, productKey);
      },
    };
    const reports: Finding[][] = [];
    start(analysis, reports);
    // All 900 analysed; the report carries the first MAX_FINDINGS of them, as the background keeps.
    await vi.waitFor(() => expect(reports.at(-1)?.length).toBe(MAX_FINDINGS), { timeout: 10_000 });
    expect(reports.at(-1)![MAX_FINDINGS - 1]!.evidence).toMatch(/gift/i);
    expect(calls).toBeGreaterThan(1);
    expect(most).toBe(1);
    expect(inner.sent).toHaveLength(900);
  });

  it('hands layout facts to the analysis: pre-ticked add-ons and struck-through prices', async () => {
    shopPage(`
      <p id="price">$349.00 <del>$499.00</del></p>
      <label id="plan"><input type="checkbox" checked> Add a 3-year protection plan for $39.99</label>
      <label id="remember"><input type="checkbox" checked> Remember my address</label>
      <label id="wrap"><input type="checkbox"> Gift wrap for $4.99</label>`);
    const analysis = recordingAnalysis();
    const reports: Finding[][] = [];
    start(analysis, reports);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    const layoutOf = (text: string) => analysis.sent.find((b) => b.text.includes(text))?.layout;
    expect(layoutOf('protection plan')).toMatchObject({ preTicked: true });
    expect(layoutOf('Remember my address')?.preTicked).toBeUndefined();
    expect(layoutOf('Gift wrap')?.preTicked).toBeUndefined();
    expect(layoutOf('$349.00')).toMatchObject({ struckPrices: ['$499.00'] });
  });

  it('merges price pairs into the blocks it sends and names the product', async () => {
    shopPage(`
      <div class="price-box">
        <div class="was">List Price: <span class="a-price" data-a-strike="true"><span>$79.99</span></span></div>
        <div class="now"><span class="a-price"><span>$49.99</span></span></div>
      </div>`);
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = 'https://shop.example/p/kettle-42';
    document.head.append(link);
    const analysis = recordingAnalysis();
    const reports: Finding[][] = [];
    start(analysis, reports);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    const layout = analysis.sent.find((b) => b.text.includes('$79.99'))?.layout;
    expect(layout).toMatchObject({ struckPrices: ['$79.99'], livePrice: '$49.99' });
    expect(analysis.productKeys).toEqual(['url:https://shop.example/p/kettle-42']);
  });

  it('reads only what a mutation added, not the page again', async () => {
    shopPage('<main><p>Plain product copy.</p><p>More copy.</p></main>');
    const analysis = recordingAnalysis();
    const reports: Finding[][] = [];
    start(analysis, reports);
    await vi.waitFor(() => expect(reports.length).toBe(1));
    analysis.sent.length = 0;
    const section = document.createElement('section');
    const p = document.createElement('p');
    p.textContent = 'FREE gift with purchase: a beanie.';
    document.querySelector('main')!.append(section);
    section.append(p); // nested in another addition: read once, with it
    await vi.waitFor(() => expect(reports.at(-1)?.map((f) => f.tactic)).toContain('free-gift'));
    expect(analysis.sent.map((b) => b.text)).toEqual(['FREE gift with purchase: a beanie.']);
  });

  it('reports nothing on a page that is not a shop and reads none of its text', async () => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'FREE gift with purchase (an article about gifts).';
    document.body.append(p);
    const analysis = recordingAnalysis();
    const reports: Finding[][] = [];
    const s = start(analysis, reports);
    await vi.waitFor(() => expect(reports).toEqual([[]]));
    expect(s.state).toBe('not-shop');
    expect(analysis.sent).toEqual([]);
  });

  it('scans at once with a shop gate answer handed over, counting its time and the setup', async () => {
    // No shop signal on the page itself: only the handed-over answer lets it scan.
    document.head.replaceChildren();
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'FREE gift with purchase: a pair of socks.';
    document.body.append(p);
    delete (globalThis as unknown as Record<symbol, unknown>)[TIMINGS_KEY];
    const reports: Finding[][] = [];
    scanner = startPageScanner({
      doc: document,
      analysis: recordingAnalysis(),
      report: (f) => reports.push(f),
      isVisible: () => true,
      gate: { shop: true, signal: 'json-ld', ms: 0.5, overBudget: false },
      setupMs: 1,
    });
    scanner.applySettings(DEFAULT_PAGE_SETTINGS);
    await vi.waitFor(() => expect(reports.at(-1)?.map((f) => f.tactic)).toContain('free-gift'));
    const detail = timingsNamed('second-look:scan')[0]!.detail;
    expect(detail).toMatchObject({ shop: true, signal: 'json-ld', gateMs: 0.5 });
    expect(detail.setupMs).toBeGreaterThanOrEqual(1);
  });

  it('gates itself after a route change: not a shop, then a shop once the new view shows a product', async () => {
    shopPage('<p>FREE gift with purchase: a pair of socks.</p>');
    const analysis = recordingAnalysis();
    const reports: Finding[][] = [];
    const s = start(analysis, reports);
    await vi.waitFor(() => expect(reports.at(-1)?.length).toBe(1));
    // The new view: an article (no og:type product).
    document.head.replaceChildren();
    const article = document.createElement('p');
    article.textContent = 'FREE gift with purchase (an article about gifts).';
    document.body.replaceChildren(article);
    s.routeChanged();
    await vi.waitFor(() => expect(s.state).toBe('not-shop'), { timeout: ROUTE_SETTLE_MS + 2_000 });
    expect(reports.at(-1)).toEqual([]);
    analysis.sent.length = 0;
    shopPage('<p>FREE gift with purchase: a beanie.</p>');
    await vi.waitFor(() => expect(reports.at(-1)?.map((f) => f.tactic)).toEqual(['free-gift']), {
      timeout: GATE_RECHECK_SETTLE_MS + 3_000,
    });
    expect(analysis.sent.map((b) => b.text)).toEqual(['FREE gift with purchase: a beanie.']);
  });

  it('stops, clears and reports none when the site is paused; resumes when unpaused', async () => {
    shopPage('<p>FREE gift with purchase: a pair of socks.</p>');
    const reports: Finding[][] = [];
    const s = start(recordingAnalysis(), reports);
    await vi.waitFor(() => expect(reports.at(-1)?.length).toBe(1));
    s.applySettings({ ...DEFAULT_PAGE_SETTINGS, pausedSites: [location.hostname] });
    expect(s.state).toBe('paused');
    expect(reports.at(-1)).toEqual([]);
    s.applySettings(DEFAULT_PAGE_SETTINGS);
    await vi.waitFor(() => expect(reports.at(-1)?.length).toBe(1));
    s.applySettings({ ...DEFAULT_PAGE_SETTINGS, enabledFamilies: ['urgency'] });
    await vi.waitFor(() => expect(reports.at(-1)).toEqual([]));
  });
});

describe('the content script side of the messages (no zod in its bundle)', () => {
  it('sends reports the background accepts and reads what the background sends', () => {
    const [finding] = detector.detect([{ id: 'b1', text: 'FREE gift with purchase' }]);
    const report = findingsReport('https://www.amazon.com/x', [{ ...finding!, evidence: 'x'.repeat(5_000) }]);
    expect(FindingsReport.safeParse(report).success).toBe(true);
    const reply = AnalysedBlocks.parse({ findings: [finding] });
    expect(receiveAnalysed(reply)).toEqual([finding]);
    expect(receiveAnalysed({ findings: [{ ...finding, family: 'nope' }] })).toEqual([]);
    expect(receiveAnalysed(null)).toEqual([]);
    expect(receiveToContent(RevealFinding.parse({ type: 'reveal', blockId: 'b1' }))).toEqual({
      type: 'reveal',
      blockId: 'b1',
    });
    expect(receiveToContent({ type: 'reveal', blockId: 'x'.repeat(41) })).toBeNull();
  });
});
