/*
 * Which URLs the core fetches from: https, or plain http on loopback only (tests, a local
 * mirror or registry). Over plain http anyone on the path could serve other bytes, and where no
 * digest is published the download is the only evidence there is.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts where plain http is accepted. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * A URL that may be fetched: https, or http on loopback only, with no credentials in it (they
 * would reach logs and every redirect's host). Returns the URL, or why it is refused.
 */
export function checkFetchUrl(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'carries credentials in the URL';
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  return `is not https (plain http is accepted on loopback only)`;
}

/** Joins a base URL (which may have a path, as mirrors do) and a path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
