import { describe, expect, it } from 'vitest';
import { DEBIAN_BROWSERS } from '../e2e/harness/browser-paths';
import { BrowsersMissing, ensureBrowsers, planInstall, type System } from './debian-browsers';

const CHROMIUM = DEBIAN_BROWSERS.chromium.path;
const FIREFOX = DEBIAN_BROWSERS['firefox-esr'].path;

describe('planInstall', () => {
  it.each([
    { missing: [], privilege: 'none', action: 'nothing' },
    { missing: ['chromium'], privilege: 'root', action: 'install' },
    { missing: ['chromium', 'firefox-esr'], privilege: 'sudo', action: 'install' },
    { missing: ['firefox-esr'], privilege: 'none', action: 'impossible' },
  ] as const)('$missing as $privilege: $action', ({ missing, privilege, action }) => {
    expect(planInstall(missing, privilege).action).toBe(action);
  });

  it('runs apt-get directly as root, non-interactively', () => {
    expect(planInstall(['chromium', 'firefox-esr'], 'root')).toEqual({
      action: 'install',
      packages: ['chromium', 'firefox-esr'],
      steps: [
        ['apt-get', 'update'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'chromium', 'firefox-esr'],
      ],
    });
  });

  it('goes through sudo without ever prompting for a password', () => {
    const plan = planInstall(['chromium'], 'sudo');
    expect(plan.action === 'install' && plan.steps.every((step) => step[0] === 'sudo' && step[1] === '-n')).toBe(true);
  });

  it('names the exact command when it cannot install', () => {
    expect(planInstall(['chromium', 'firefox-esr'], 'none')).toMatchObject({
      command: 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr',
    });
  });

  it('does not install when the environment points the browser elsewhere', () => {
    expect(planInstall(['chromium'], 'root', ['chromium'])).toMatchObject({ action: 'impossible' });
  });
});

/** A machine where `installed` holds the browsers' paths and apt-get puts what it installs there. */
function fakeSystem(options: { installed?: string[]; root?: boolean; sudo?: boolean; aptStatus?: number }) {
  const installed = new Set(options.installed ?? []);
  const ran: string[][] = [];
  const said: string[] = [];
  const system: System = {
    exists: (path) => installed.has(path),
    isRoot: () => options.root ?? false,
    sudoWithoutPassword: () => options.sudo ?? false,
    run(command) {
      ran.push([...command]);
      const status = options.aptStatus ?? 0;
      if (status === 0 && command.includes('install')) {
        if (command.includes('chromium')) installed.add(CHROMIUM);
        if (command.includes('firefox-esr')) installed.add(FIREFOX);
      }
      return status;
    },
    say: (line) => said.push(line),
  };
  return { system, ran, said, installed };
}

describe('ensureBrowsers', () => {
  it('does nothing, silently, when the browsers are there', () => {
    const { system, ran, said } = fakeSystem({ installed: [CHROMIUM, FIREFOX] });
    ensureBrowsers(['chromium', 'firefox-esr'], 'for the tests', system);
    expect([ran, said]).toEqual([[], []]);
  });

  it('installs only what is missing, says what and why, and goes on', () => {
    const { system, ran, said, installed } = fakeSystem({ installed: [CHROMIUM], root: true });
    ensureBrowsers(['chromium', 'firefox-esr'], 'for the tests', system);
    expect(ran.at(-1)).toEqual(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', 'firefox-esr']);
    expect(said[0]).toBe("screen-pop: firefox-esr is needed for the tests and missing; installing from Debian's packages.");
    expect(installed.has(FIREFOX)).toBe(true);
  });

  it('stops with the command to run when it may not install', () => {
    const { system, ran } = fakeSystem({});
    expect(() => ensureBrowsers(['chromium'], 'for the demo', system)).toThrow(
      new BrowsersMissing(
        'chromium is needed for the demo, but installing packages needs root, and sudo asks for a password (or is not installed). ' +
          'Run: sudo apt-get update && sudo apt-get install -y chromium',
      ),
    );
    expect(ran).toEqual([]);
  });

  it('stops with the command to run when apt-get fails', () => {
    const { system } = fakeSystem({ sudo: true, aptStatus: 100 });
    expect(() => ensureBrowsers(['chromium', 'firefox-esr'], 'for the tests', system)).toThrow(
      'Installing chromium and firefox-esr failed (apt-get exited 100). Run: sudo apt-get update && sudo apt-get install -y chromium firefox-esr',
    );
  });
});
