// How the tests, the bench, the demo and the screenshots start Chromium with the built extension: Debian's
// chromium (CHROMIUM_PATH points elsewhere), kept off the network by its own switches; the callers also
// answer every request locally or abort it.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function extensionLaunchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // Without these Chromium keeps calling Google's update and sync hosts.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
