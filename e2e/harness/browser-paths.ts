/**
 * Where the real-browser tests, the demo and the benchmarks find Debian's browsers. The package
 * name is what `apt-get install` takes; the path can be pointed elsewhere by the environment.
 */
export const DEBIAN_BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', variable: 'CHROMIUM_PATH' },
  'firefox-esr': { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', variable: 'FIREFOX_PATH' },
} as const;

export type DebianBrowser = keyof typeof DEBIAN_BROWSERS;

export const CHROMIUM_PATH = DEBIAN_BROWSERS.chromium.path;
export const FIREFOX_PATH = DEBIAN_BROWSERS['firefox-esr'].path;
