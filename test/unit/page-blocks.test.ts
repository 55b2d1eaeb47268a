// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE, readTextBlocks } from '../../src/page/blocks';
import { rangeOf } from '../../src/page/highlight';

function body(html: string): HTMLElement {
  document.body.replaceChildren();
  const template = document.createElement('template');
  template.innerHTML = html; // test fixture markup, not page text
  document.body.append(template.content);
  return document.body;
}

describe('readTextBlocks', () => {
  beforeEach(() => document.body.replaceChildren());

  it('groups inline text under its block and skips scripts, hidden and aria-hidden content and our UI', () => {
    const root = body(`
      <p>FREE <b>gift</b> with <a href="#">purchase</a></p>
      <script>var free = "gift";</script>
      <div hidden>Hidden free gift</div>
      <div aria-hidden="true">Decorative free gift</div>
      <div style="display: none">Invisible free gift</div>
      <div ${OWN_UI_ATTRIBUTE}>Our own UI</div>
      <li>Only 3 left</li>`);
    const blocks = readTextBlocks(root);
    expect(blocks.map((b) => b.text.trim())).toEqual(['FREE gift with purchase', 'Only 3 left']);
    expect(blocks[0]!.element.tagName).toBe('P');
    expect(blocks[0]!.nodes).toHaveLength(4);
  });

  it('reads open shadow roots', () => {
    const root = body('<div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inside the shadow';
    shadow.append(p);
    expect(readTextBlocks(root).map((b) => b.text)).toContain('Inside the shadow');
  });

  it('maps a span of block text back to a DOM range across text nodes', () => {
    const root = body('<p>Get a FREE <b>gift</b> today</p>');
    const [block] = readTextBlocks(root);
    const start = block!.text.indexOf('FREE');
    const range = rangeOf(block!, start, start + 'FREE gift'.length);
    expect(range?.toString()).toBe('FREE gift');
  });
});
