// The built manifests ask for exactly the intended permissions (no browser needed: runs after the build).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_FILE, SCANNER_SCRIPT_FILE } from '../../src/added-sites';
import { SHOP_HOSTS } from '../../src/shop-hosts';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';
import { ROOT } from './extension';

const BROAD_PATTERNS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target} manifest: curated hosts, optional others, activeTab, no remote code, strict CSP`, () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output', target, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...SHOP_HOSTS].sort());
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    // One content script, the gate script entrypoints/page-gate.ts (an unlisted script: no WXT content script
    // context); the scanner script is injected by the background where the gate found a shop.
    expect(manifest.content_scripts).toHaveLength(1);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) expect(BROAD_PATTERNS).not.toContain(match);
      expect([...script.matches].sort()).toEqual([...SHOP_HOSTS].sort());
      expect(script.js).toEqual([CONTENT_SCRIPT_FILE]);
      expect(script.run_at).toBe('document_idle');
      expect(script).not.toHaveProperty('css');
    }
    expect(JSON.stringify(manifest)).not.toContain(SCANNER_SCRIPT_FILE);
    expect(manifest.content_security_policy.extension_pages).toBe(EXTENSION_PAGES_CSP);
    expect(EXTENSION_PAGES_CSP).toMatch(/script-src 'self';/);
    expect(EXTENSION_PAGES_CSP).toMatch(/connect-src 'none'/);
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*)/); // no remote script or update URL
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  for (const file of [CONTENT_SCRIPT_FILE, SCANNER_SCRIPT_FILE]) {
    test(`${target} ${file}: one IIFE, without WXT's content script context and its announcements`, () => {
      const bundle = readFileSync(join(ROOT, '.output', target, file), 'utf8');
      expect(bundle.startsWith('(function(){')).toBe(true);
      expect(bundle.trimEnd().endsWith('})();')).toBe(true);
      expect(bundle).not.toMatch(/^(?:import|export)\b/m);
      for (const leak of ['postMessage', 'content-script-started', 'wxt:locationchange', 'dispatchEvent']) {
        expect(bundle, leak).not.toContain(leak);
      }
    });
  }

  test(`${target} gate script: no use of the extension API outside functions, no wxt/browser nor match patterns`, () => {
    const bundle = readFileSync(join(ROOT, '.output', target, CONTENT_SCRIPT_FILE), 'utf8');
    // wxt/browser reads globalThis.browser/chrome when it loads; the gate reads them only through
    // src/page/handoff.ts extensionApi(), on a shop.
    expect(bundle).not.toMatch(/\b(?:chrome|browser)\.(?:runtime|storage|scripting|tabs)\b/);
    expect(bundle.match(/\b(?:chrome|browser)\b/g) ?? []).toEqual(['browser', 'browser', 'chrome']);
    expect(bundle).not.toContain('MatchPattern');
    expect(bundle).not.toContain('InvalidMatchPattern');
  });
}
