import { describe, expect, it } from 'vitest';
import {
  ADDED_SITES_SCRIPT_ID,
  addedSitesScript,
  applyRegistration,
  CONTENT_SCRIPT_FILE,
  createAddedSitesSync,
  hostsToRegister,
  isCuratedHost,
  isValidHost,
  originsOf,
  type RegisteredScript,
  type ScriptingApi,
} from '../../src/added-sites';

/** The scripting API in memory, as Chromium keeps registrations (by id; a second register of an id fails). */
function fakeScripting() {
  const scripts = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    getRegisteredContentScripts: async (filter) =>
      [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s)),
    registerContentScripts: async (list) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, structuredClone(s));
      }
    },
    updateContentScripts: async (list) => {
      calls.push('update');
      for (const s of list) {
        if (!scripts.has(s.id)) throw new Error('no such script');
        scripts.set(s.id, { ...scripts.get(s.id)!, ...structuredClone(s) });
      }
    },
    unregisterContentScripts: async (filter) => {
      calls.push('unregister');
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return { api, scripts, calls };
}

const all = () => true;

describe('which added sites get the content script', () => {
  it('registers valid, granted hosts, and never a denied or a curated one', () => {
    expect(
      hostsToRegister(
        ['shop.example', 'chase.com', 'mail.google.com', 'www.amazon.com', 'verkkopankki.fi', 'kanta.fi', 'x.gov'],
        all,
      ),
    ).toEqual(['shop.example']);
  });

  it('needs the host permission of each host', () => {
    const granted = new Set(['granted.example']);
    expect(hostsToRegister(['granted.example', 'asked.example'], (h) => granted.has(h))).toEqual(['granted.example']);
  });

  it('drops repeats, a trailing dot and hosts no match pattern can hold', () => {
    expect(
      hostsToRegister(['shop.example', 'shop.example.', '..', '-a.example', 'a..b', 'b-.example', ''], all),
    ).toEqual(['shop.example']);
    expect(isValidHost('xn--kaup-loa.fi')).toBe(true);
    expect(isValidHost('a'.repeat(64) + '.fi')).toBe(false);
  });

  it('knows the curated shops of the manifest', () => {
    expect(isCuratedHost('www.amazon.com')).toBe(true);
    expect(isCuratedHost('amazon.com')).toBe(true);
    expect(isCuratedHost('notamazon.com')).toBe(false);
  });
});

describe('the registration', () => {
  it('is one persistent script on the hosts and their subdomains, with the manifest content script file', () => {
    expect(addedSitesScript(['shop.example', 'kauppa.fi'])).toEqual({
      id: ADDED_SITES_SCRIPT_ID,
      matches: ['*://shop.example/*', '*://*.shop.example/*', '*://kauppa.fi/*', '*://*.kauppa.fi/*'],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(CONTENT_SCRIPT_FILE).toBe('page-gate.js');
    expect(originsOf('shop.example')).toEqual(['*://shop.example/*', '*://*.shop.example/*']);
    expect(addedSitesScript([])).toBeNull();
    expect(addedSitesScript(['a.example'], { file: 'cs/c.js', runAt: 'document_end' })).toMatchObject({
      js: ['cs/c.js'],
      runAt: 'document_end',
    });
  });

  it('registers, updates only on a change, and unregisters when no site is left', async () => {
    const { api, scripts, calls } = fakeScripting();
    expect(await applyRegistration(api, addedSitesScript(['a.example']))).toBe('registered');
    expect(await applyRegistration(api, addedSitesScript(['a.example']))).toBe('unchanged');
    expect(await applyRegistration(api, addedSitesScript(['a.example', 'b.example']))).toBe('updated');
    expect(scripts.get(ADDED_SITES_SCRIPT_ID)?.matches).toHaveLength(4);
    expect(await applyRegistration(api, null)).toBe('unregistered');
    expect(await applyRegistration(api, null)).toBe('unchanged');
    expect(scripts.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('never rejects when the browser refuses', async () => {
    const { api } = fakeScripting();
    api.registerContentScripts = () => Promise.reject(new Error('Invalid url pattern'));
    expect(await applyRegistration(api, addedSitesScript(['a.example']))).toBe('failed');
  });
});

describe('createAddedSitesSync', () => {
  it('follows the setting and the permissions', async () => {
    const { api, scripts } = fakeScripting();
    let sites: string[] = [];
    const granted = new Set<string>();
    const { sync } = createAddedSitesSync({
      scripting: api,
      addedSites: async () => sites,
      isGranted: async (host) => granted.has(host),
    });
    expect(await sync()).toBe('unchanged');

    // The user adds a site and grants its permission.
    granted.add('shop.example');
    sites = ['shop.example'];
    expect(await sync()).toBe('registered');
    expect(scripts.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual(originsOf('shop.example'));

    // A denied host stays out even with its permission.
    granted.add('chase.com');
    sites = ['shop.example', 'chase.com'];
    expect(await sync()).toBe('unchanged');

    // The permission is removed (permissions.onRemoved): the script goes with it.
    granted.delete('shop.example');
    expect(await sync()).toBe('unregistered');
    expect(scripts.size).toBe(0);
  });

  it('folds calls that come while one runs into a single later run', async () => {
    const { api } = fakeScripting();
    let reads = 0;
    const { sync } = createAddedSitesSync({
      scripting: api,
      addedSites: async () => {
        reads++;
        await new Promise((r) => setTimeout(r, 5));
        return ['shop.example'];
      },
      isGranted: async () => true,
    });
    const results = await Promise.all([sync(), sync(), sync(), sync()]);
    expect(results[0]).toBe('registered');
    expect(results.slice(1)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(reads).toBe(2);
  });

  it('registers nothing when the permission check fails', async () => {
    const { api, scripts } = fakeScripting();
    const { sync } = createAddedSitesSync({
      scripting: api,
      addedSites: async () => ['shop.example'],
      isGranted: () => Promise.reject(new Error('no')),
    });
    expect(await sync()).toBe('unchanged');
    expect(scripts.size).toBe(0);
  });
});
