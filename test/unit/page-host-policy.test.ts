// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/types';
import { startOnAllowedHost } from '../../src/page/host-policy';

describe('startOnAllowedHost (the content script on a denied host)', () => {
  it('reports nothing and stops on banking, health, government and webmail hosts', () => {
    for (const host of ['www.paypal.com', 'mail.google.com', 'www.nhs.uk', 'verkkopankki.op.fi', 'www.irs.gov']) {
      const report = vi.fn<(findings: Finding[]) => void>();
      expect(startOnAllowedHost(host, report), host).toBe(false);
      expect(report).toHaveBeenCalledExactlyOnceWith([]);
    }
  });

  it('goes on, without a report, on a shop', () => {
    const report = vi.fn<(findings: Finding[]) => void>();
    expect(startOnAllowedHost('www.amazon.com', report)).toBe(true);
    expect(report).not.toHaveBeenCalled();
  });
});
