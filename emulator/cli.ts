/**
 * `tsx emulator/cli.ts --port 8787 [--token-lifetime 3600] [--rate-limit 300] [--redirect-uri URI]…`
 * starts the emulator for the demo and prints where everything is.
 */
import { parseArgs } from 'node:util';
import { EXTENSION_CLIENT_ID, SEEDED_AGENTS, SEEDED_CLIENTS } from './seed';
import { startEmulator } from './server';

const USAGE = `Usage: tsx emulator/cli.ts [--port 8787] [--token-lifetime SECONDS] [--rate-limit PER_MINUTE]
                           [--redirect-uri URI]...   (registered for ${EXTENSION_CLIENT_ID})`;

function number(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not "${raw}".\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      'token-lifetime': { type: 'string' },
      'rate-limit': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator({
    port: number('port', values.port),
    tokenLifetimeSeconds: number('token-lifetime', values['token-lifetime']),
    rateLimitPerMinute: number('rate-limit', values['rate-limit']),
  });
  for (const uri of values['redirect-uri'] ?? []) await emulator.control.addRedirectUri(EXTENSION_CLIENT_ID, uri);
  const config = await emulator.control.getConfig();
  const extension = (await emulator.control.listClients()).find((client) => client.id === EXTENSION_CLIENT_ID);

  console.log(`Genesys Cloud emulator listening on ${emulator.url}

  Authorize   ${emulator.url}/oauth/authorize?response_type=code&client_id=${EXTENSION_CLIENT_ID}&redirect_uri=…&code_challenge=…&code_challenge_method=S256&state=…
  Token       ${emulator.url}/oauth/token
  API base    ${emulator.url}/api/v2
  Control API ${emulator.url}/__control  (127.0.0.1 only, header x-emulator-control: 1)

  Tokens last ${String(config.tokenLifetimeSeconds)} s; ${String(config.rateLimitPerMinute)} requests per token per minute.
  Notification channels last ${String(config.channelLifetimeSeconds)} s; heartbeats every ${String(config.heartbeatSeconds)} s.

OAuth clients`);
  for (const client of Object.values(SEEDED_CLIENTS)) {
    const secret = 'secret' in client ? `secret ${client.secret}` : '';
    console.log(`  ${client.id.padEnd(22)} ${client.grantType.padEnd(19)} ${secret}`.trimEnd());
  }
  console.log(`  Redirect URIs of ${EXTENSION_CLIENT_ID}: ${(extension?.redirectUris ?? []).join(', ')}\n\nAgents`);
  for (const agent of Object.values(SEEDED_AGENTS)) {
    console.log(`  ${agent.name.padEnd(16)} ${agent.id}  ${agent.access}`);
  }

  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
