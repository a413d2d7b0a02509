/**
 * Makes sure Debian's browsers are installed before the demo or the tests start them: when one is
 * missing and this process may install packages (it is root, or `sudo` works without a
 * password), it installs it from Debian's packages and goes on; otherwise it stops with the exact
 * command to run. The one piece of code the demo, `npm test` and CI use for this.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_BROWSERS, type DebianBrowser } from '../e2e/harness/browser-paths';

/** How this process may run `apt-get`. */
export type Privilege = 'root' | 'sudo' | 'none';

export type InstallPlan =
  | { action: 'nothing' }
  | { action: 'install'; packages: DebianBrowser[]; steps: string[][] }
  | { action: 'impossible'; packages: DebianBrowser[]; reason: string; command: string };

/** The command a person would type to install `packages`. */
export function manualCommand(packages: readonly DebianBrowser[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/**
 * What to do about the browsers that are missing. Pure: `moved` lists the missing browsers whose
 * path was pointed away from Debian's by the environment, which installing the package cannot fix.
 */
export function planInstall(
  missing: readonly DebianBrowser[],
  privilege: Privilege,
  moved: readonly DebianBrowser[] = [],
): InstallPlan {
  if (missing.length === 0) return { action: 'nothing' };
  const packages = [...missing];
  if (moved.length > 0) {
    const names = moved.map((name) => `${DEBIAN_BROWSERS[name].variable}=${DEBIAN_BROWSERS[name].path}`).join(', ');
    return {
      action: 'impossible',
      packages,
      reason: `${names} does not exist, and installing Debian's package would not put a browser there`,
      command: `unset ${moved.map((name) => DEBIAN_BROWSERS[name].variable).join(' ')}, or point it at an installed browser`,
    };
  }
  if (privilege === 'none') {
    return {
      action: 'impossible',
      packages,
      reason: 'installing packages needs root, and sudo asks for a password (or is not installed)',
      command: manualCommand(packages),
    };
  }
  const sudo = privilege === 'sudo' ? ['sudo', '-n'] : [];
  const noninteractive = ['env', 'DEBIAN_FRONTEND=noninteractive'];
  return {
    action: 'install',
    packages,
    steps: [
      [...sudo, 'apt-get', 'update'],
      [...sudo, ...noninteractive, 'apt-get', 'install', '-y', ...packages],
    ],
  };
}

/** What `ensureBrowsers` touches outside itself; tests replace it. */
export interface System {
  exists(path: string): boolean;
  isRoot(): boolean;
  /** Whether `sudo -n true` succeeds. */
  sudoWithoutPassword(): boolean;
  /** Runs a command with its output on the terminal; its exit code (null when it could not start). */
  run(command: readonly string[]): number | null;
  say(line: string): void;
}

export const realSystem: System = {
  exists: existsSync,
  isRoot: () => process.getuid?.() === 0,
  sudoWithoutPassword: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  run: ([program, ...args]) => spawnSync(program ?? 'false', args, { stdio: 'inherit' }).status,
  say: (line) => console.log(line),
};

export class BrowsersMissing extends Error {
  override name = 'BrowsersMissing';
}

/**
 * Installs the browsers in `wanted` that are missing, saying what and why (`purpose`), or throws a
 * `BrowsersMissing` that says what to run.
 */
export function ensureBrowsers(wanted: readonly DebianBrowser[], purpose: string, system: System = realSystem): void {
  const missing = wanted.filter((name) => !system.exists(DEBIAN_BROWSERS[name].path));
  if (missing.length === 0) return;
  const moved = missing.filter((name) => process.env[DEBIAN_BROWSERS[name].variable] !== undefined);
  const privilege: Privilege = system.isRoot() ? 'root' : system.sudoWithoutPassword() ? 'sudo' : 'none';
  const plan = planInstall(missing, privilege, moved);
  if (plan.action === 'nothing') return;
  const list = plan.packages.join(' and ');
  if (plan.action === 'impossible') {
    throw new BrowsersMissing(
      `${list} ${plan.packages.length > 1 ? 'are' : 'is'} needed ${purpose}, but ${plan.reason}. Run: ${plan.command}`,
    );
  }
  system.say(
    `screen-pop: ${list} ${plan.packages.length > 1 ? 'are' : 'is'} needed ${purpose} and missing; installing from Debian's packages.`,
  );
  const [update, install] = plan.steps;
  system.say(`$ ${update?.join(' ')}`);
  // A broken third-party source makes `update` fail while Debian's own lists are fine: try anyway.
  if (update && system.run(update) !== 0)
    system.say('screen-pop: apt-get update failed; trying the install with the lists there are.');
  system.say(`$ ${install?.join(' ')}`);
  const status = install ? system.run(install) : null;
  const still = missing.filter((name) => !system.exists(DEBIAN_BROWSERS[name].path));
  if (status !== 0 || still.length > 0) {
    throw new BrowsersMissing(
      `Installing ${list} failed (apt-get exited ${status ?? 'without starting'}). Run: ${manualCommand(plan.packages)}`,
    );
  }
  system.say(`screen-pop: installed ${list}.`);
}
