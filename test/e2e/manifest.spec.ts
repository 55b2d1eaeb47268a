// The built manifests ask for exactly the intended permissions (no browser needed: runs after the build).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(BROAD_PATTERNS).not.toContain(match);
      expect([...script.matches].sort()).toEqual([...SHOP_HOSTS].sort());
    }
    expect(manifest.content_security_policy.extension_pages).toBe(EXTENSION_PAGES_CSP);
    expect(EXTENSION_PAGES_CSP).toMatch(/script-src 'self';/);
    expect(EXTENSION_PAGES_CSP).toMatch(/connect-src 'none'/);
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*)/); // no remote script or update URL
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
}
