import type { Agent } from '../records';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d1f23; }
  main { max-width: 34rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 8px; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li { margin: 0.5rem 0; }
  button { width: 100%; text-align: left; padding: 0.75rem 1rem; font: inherit; border: 1px solid #c5c9d1;
    border-radius: 6px; background: #fff; cursor: pointer; }
  button:hover, button:focus-visible { border-color: #ff4f1f; outline: 2px solid #ff4f1f; }
  .detail { display: block; font-size: 0.85rem; color: #4b5160; }
  .note { font-size: 0.85rem; color: #4b5160; }`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>`;
}

/**
 * The login form: one button per agent, no password. The authorization request rides along in
 * hidden fields and is checked again when the form comes back.
 */
export function loginPage(clientName: string, request: Readonly<Record<string, string>>, agents: readonly Agent[]): string {
  const hidden = Object.entries(request)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const buttons = agents
    .map(
      (agent) => `<li><button type="submit" name="user_id" value="${escapeHtml(agent.id)}">
<span class="name">${escapeHtml(agent.name)}</span>
<span class="detail">${escapeHtml(agent.title)} · ${escapeHtml(agent.access)}</span>
</button></li>`,
    )
    .join('\n');
  return page(
    'Sign in · Genesys Cloud emulator',
    `<h1>Sign in to Genesys Cloud (emulator)</h1>
<p><strong>${escapeHtml(clientName)}</strong> wants to use your Genesys Cloud account. Choose who you are:</p>
<form method="post" action="/oauth/authorize">
${hidden}
<ul>
${buttons}
</ul>
</form>
<p class="note">A local emulator: there is no password. You stay signed in until you <a href="/logout">sign out</a>.</p>`,
  );
}

export function errorPage(message: string): string {
  return page(
    'Sign-in error · Genesys Cloud emulator',
    `<h1>Sign-in error</h1>
<p role="alert">${escapeHtml(message)}</p>
<p class="note">The application's sign-in request is not valid, so the emulator will not send you back to it.</p>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out · Genesys Cloud emulator', '<h1>You are signed out</h1>');
}
