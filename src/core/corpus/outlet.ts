/** Outlets from web addresses: `https://www.radiohc.cu/en/...` names the outlet `radiohc.cu`. */

// Second-level labels under which a country's registrable names sit (bbc.co.uk, abc.net.au)
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The host of the first web address in `s`, lower-cased, or null. */
export function hostName(s: string): string | null {
  const m = /(?:https?:\/\/|\bwww\.)([^\s/<>?#:]+)/i.exec(s);
  if (!m) return null;
  const host = (m[0].toLowerCase().startsWith('www.') ? 'www.' + m[1] : m[1])!.toLowerCase();
  return host.includes('.') ? host : null;
}

/** The registrable part of a host (`media.thecradle.co` -> `thecradle.co`). */
export function outletFromHost(host: string): string {
  const labels = host.replace(/\.$/, '').split('.');
  const n = labels.length;
  const keep = n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
