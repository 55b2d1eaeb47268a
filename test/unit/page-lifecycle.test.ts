import { describe, expect, it, vi } from 'vitest';
import { claimPage, extensionAlive, releasePage, watchExtensionAlive, watchRoute } from '../../src/page/lifecycle';

function fakeWindow(href: string) {
  const listeners = new Map<string, () => void>();
  let tick: (() => void) | null = null;
  return {
    location: { href },
    setInterval: (fn: () => void) => {
      tick = fn;
      return 1;
    },
    clearInterval: () => {
      tick = null;
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    tick: () => tick?.(),
    fire: (type: string) => listeners.get(type)?.(),
    listening: () => listeners.size > 0 || tick !== null,
  };
}

describe('content script lifecycle', () => {
  it('without the Navigation API: polls, and sees a route change only when location.href changed', () => {
    const win = fakeWindow('https://shop.example/a');
    const onRouteChange = vi.fn();
    const { stop } = watchRoute({ win: win as never, onRouteChange });
    win.fire('popstate');
    win.tick();
    expect(onRouteChange).not.toHaveBeenCalled();
    win.location.href = 'https://shop.example/b';
    win.tick();
    win.fire('popstate');
    expect(onRouteChange).toHaveBeenCalledTimes(1);
    stop();
    expect(win.listening()).toBe(false);
  });

  it('with the Navigation API: no timer; a forged currententrychange changes nothing', () => {
    const win = fakeWindow('https://shop.example/a');
    const navigation = new EventTarget();
    const onRouteChange = vi.fn();
    const { check, stop } = watchRoute({ win: Object.assign(win, { navigation }) as never, onRouteChange });
    expect(win.listening()).toBe(false);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onRouteChange).not.toHaveBeenCalled();
    win.location.href = 'https://shop.example/b';
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onRouteChange).toHaveBeenCalledTimes(1);
    // A page that kept the event from us: the caller's own timer looks too.
    win.location.href = 'https://shop.example/b2';
    check();
    expect(onRouteChange).toHaveBeenCalledTimes(2);
    stop();
    win.location.href = 'https://shop.example/c';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onRouteChange).toHaveBeenCalledTimes(2);
  });

  it('stops, and says so once, when the extension is gone', () => {
    const win = fakeWindow('https://shop.example/a');
    const onExtensionGone = vi.fn();
    let alive = true;
    const onTick = vi.fn();
    watchExtensionAlive({ win: win as never, onExtensionGone, onTick, alive: () => alive });
    win.tick();
    expect(onExtensionGone).not.toHaveBeenCalled();
    expect(onTick).toHaveBeenCalledTimes(1);
    alive = false;
    win.tick();
    expect(onExtensionGone).toHaveBeenCalledTimes(1);
    expect(win.listening()).toBe(false);
  });

  it('knows whether the extension context exists', () => {
    expect(extensionAlive(() => ({ id: 'abc' }))).toBe(true);
    expect(extensionAlive(() => undefined)).toBe(false);
    expect(
      extensionAlive(() => {
        throw new Error('Extension context invalidated');
      }),
    ).toBe(false);
  });

  it('lets one content script claim a page', () => {
    const scope: Record<symbol, unknown> = {};
    expect(claimPage(scope)).toBe(true);
    expect(claimPage(scope)).toBe(false);
    releasePage(scope);
    expect(claimPage(scope)).toBe(true);
  });
});
