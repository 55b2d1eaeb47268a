// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clockSeconds, createCountdownTracker, isAddOnLabel } from '../../src/page/layout-facts';

describe('clockSeconds', () => {
  it.each([
    ['Deal clock 09:59', 599],
    ['Ends 1:02:03', 3723],
    ['2h 14m 05s', 2 * 3600 + 14 * 60 + 5],
    ['02 Hours 14 Minutes', 2 * 3600 + 14 * 60],
    ['剩余 3 天 2 小时', 3 * 86400 + 2 * 3600],
    ['No clock here', null],
    ['Only 3 left', null],
  ])('%s -> %s', (text, seconds) => expect(clockSeconds(text)).toBe(seconds));
});

describe('createCountdownTracker', () => {
  it('counts a clock only when its digits go down between two reads', () => {
    let t = 0;
    const tracker = createCountdownTracker(() => t);
    const ticking = document.createElement('p');
    const still = document.createElement('p');
    expect(tracker.read(ticking, '09:59')).toBe(false);
    expect(tracker.read(still, 'Store pickup from 12:00')).toBe(false);
    t = 1_000;
    expect(tracker.read(ticking, '09:58')).toBe(true);
    expect(tracker.read(still, 'Store pickup from 12:00')).toBe(false);
    // A clock that goes up (the time of day) is not a countdown.
    const clock = document.createElement('p');
    expect(tracker.read(clock, '12:00')).toBe(false);
    t = 61_000;
    expect(tracker.read(clock, '12:01')).toBe(false);
  });

  it('ignores two reads too close together', () => {
    let t = 0;
    const tracker = createCountdownTracker(() => t);
    const element = document.createElement('p');
    tracker.read(element, '05:00');
    t = 10;
    expect(tracker.read(element, '04:59')).toBe(false);
  });
});

describe('isAddOnLabel', () => {
  it.each([
    ['Add a 3-year protection plan for $39.99', true],
    ['Subscribe and save 10%', true],
    ['Lisää tuoteturva 3 vuodeksi', true],
    ['加购延保服务', true],
    ['Remember my address', false],
    ['I agree to the terms', false],
  ])('%s -> %s', (label, expected) => expect(isAddOnLabel(label)).toBe(expected));
});
