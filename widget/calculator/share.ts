/**
 * Share links: the scenario travels in the URL fragment (after "#"), which browsers never send to a server.
 * Format: `#<key>=<base64url(UTF-8 JSON)>`, several widgets on one page use different keys (their id).
 */
export interface SharedState {
  scenario: unknown;
  lang?: string;
}

export function fragmentKey(id: string | null | undefined): string {
  return id ? `ezone-${id.replace(/[^\w-]/g, '')}` : 'ezone';
}

export function encodeShared(state: SharedState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeShared(text: string): SharedState | undefined {
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!parsed || typeof parsed !== 'object' || !('scenario' in parsed)) return undefined;
    return parsed as SharedState;
  } catch {
    return undefined; // a damaged link restores nothing rather than something wrong
  }
}

/** The shared state for `key` in a fragment like "#a=1&ezone=…". */
export function readFragment(hash: string, key: string): SharedState | undefined {
  const body = hash.replace(/^#/, '');
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === key) return decodeShared(part.slice(eq + 1));
  }
  return undefined;
}

/** `hash` with `key` set to the encoded state, other parts kept. */
export function writeFragment(hash: string, key: string, state: SharedState): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p && !p.startsWith(`${key}=`));
  parts.push(`${key}=${encodeShared(state)}`);
  return `#${parts.join('&')}`;
}
