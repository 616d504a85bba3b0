import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A resolved address of a host name. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to every address it has (injected in tests). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The system resolver: `dns.lookup` with `all: true` (what `http.request` itself would use). */
export const systemResolver: Resolver = async (hostname) => {
  const all = await dnsLookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** What a transport answers for one hop. */
export interface TransportResponse {
  readonly status: number;
  readonly location?: string;
  readonly contentType?: string;
  /** The body (empty for redirects). */
  readonly body: Uint8Array;
}

/** One request to `url`, connecting to exactly `address` (already checked). */
export type Transport = (req: {
  readonly url: URL;
  readonly address: ResolvedAddress;
  readonly signal: AbortSignal;
  readonly maxBytes: number;
}) => Promise<TransportResponse>;

/** Why a fetch was refused or failed. */
export type FetchErrorCode =
  | 'URL_INVALID'
  | 'SCHEME_NOT_ALLOWED'
  | 'ADDRESS_NOT_ALLOWED'
  | 'DNS_FAILED'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'FETCH_FAILED';

/** A refused or failed server-side fetch. `refused` is true when the URL itself is not allowed. */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly refused: boolean;
  constructor(code: FetchErrorCode, message: string) {
    super(message);
    this.name = 'FetchError';
    this.code = code;
    this.refused = code === 'URL_INVALID' || code === 'SCHEME_NOT_ALLOWED' || code === 'ADDRESS_NOT_ALLOWED';
  }
}

/** Options for {@link safeFetch}. */
export interface SafeFetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (default false). */
  readonly allowPrivate?: boolean;
  /** Default {@link systemResolver}. */
  readonly resolver?: Resolver;
  /** Default: node:http / node:https pinned to the checked address. */
  readonly transport?: Transport;
  /** Largest body accepted (default 5 MiB). */
  readonly maxBytes?: number;
  /** Time limit for the whole fetch including redirects (default 10 s). */
  readonly timeoutMs?: number;
  /** Most redirects followed (default 5). */
  readonly maxRedirects?: number;
}

/** A fetched document. */
export interface FetchedDocument {
  /** The URL the body came from (after redirects). */
  readonly url: string;
  readonly status: number;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}

/** Default size limit of a fetched body: 5 MiB. */
export const DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024;
/** Default time limit of a fetch: 10 s. */
export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;

/**
 * Address ranges that are not public: loopback, private, link-local, CGNAT, multicast, reserved,
 * documentation. One list per family: a BlockList matches IPv4 addresses against IPv4-mapped
 * IPv6 rules, so mixing them would block every IPv4 address.
 */
const NON_PUBLIC_V4: BlockList = blockList('ipv4', [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
]);
const NON_PUBLIC_V6: BlockList = blockList('ipv6', [
  ['::', 96] /* unspecified, loopback, IPv4-compatible */, ['::ffff:0:0', 96] /* IPv4-mapped */,
  ['64:ff9b::', 96], ['64:ff9b:1::', 48] /* NAT64 */, ['100::', 64], ['2001::', 23] /* IETF special */,
  ['2001:db8::', 32], ['2002::', 16] /* 6to4 */, ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
]);

function blockList(family: 'ipv4' | 'ipv6', subnets: readonly [string, number][]): BlockList {
  const b = new BlockList();
  for (const [a, p] of subnets) b.addSubnet(a, p, family);
  return b;
}

/** True when `ip` (an IPv4 or IPv6 literal) is a public unicast address; false for anything else. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const noZone = bare.includes('%') ? bare.slice(0, bare.indexOf('%')) : bare;
  const v = isIP(noZone);
  if (v === 0) return false;
  if (bare !== noZone) return false; // a zone id means link-local scope
  return v === 6 ? !NON_PUBLIC_V6.check(noZone, 'ipv6') : !NON_PUBLIC_V4.check(noZone, 'ipv4');
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError('URL_INVALID', `not a valid absolute URL: ${JSON.stringify(text.slice(0, 200))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('SCHEME_NOT_ALLOWED', `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new FetchError('URL_INVALID', 'URLs with credentials are not fetched');
  return url;
}

/** Resolve the URL's host and check every address; returns the address to connect to. */
async function checkedAddress(url: URL, resolver: Resolver, allowPrivate: boolean): Promise<ResolvedAddress> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: readonly ResolvedAddress[];
  const literal = isIP(host);
  if (literal !== 0) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolver(host);
    } catch (e) {
      throw new FetchError('DNS_FAILED', `cannot resolve ${host}: ${(e as Error).message}`);
    }
    if (addresses.length === 0) throw new FetchError('DNS_FAILED', `${host} has no address`);
  }
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) {
      throw new FetchError(
        'ADDRESS_NOT_ALLOWED',
        `${host}${literal ? '' : ` resolves to ${bad.address}, which`} is a loopback, private, link-local or reserved address; fetching it is not allowed (start the server with --allow-private-fetch to allow it)`,
      );
    }
  }
  return addresses[0]!;
}

/** The default transport: node:http(s), connecting to the checked address only (no second DNS lookup). */
export const nodeTransport: Transport = ({ url, address, signal, maxBytes }) =>
  new Promise<TransportResponse>((resolve, reject) => {
    const pinned: LookupFunction = (_hostname, options, callback) => {
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
      } else callback(null, address.address, address.family);
    };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        agent: false,
        lookup: pinned,
        signal,
        headers: { 'user-agent': 'Marsad/0.1 (+offline news analysis)', accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain;q=0.9, */*;q=0.5' },
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        const contentType = res.headers['content-type'];
        const base = { status, ...(location !== undefined ? { location } : {}), ...(contentType !== undefined ? { contentType } : {}) };
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ ...base, body: new Uint8Array(0) });
          return;
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.destroy();
          reject(new FetchError('TOO_LARGE', `the response declares ${declared} bytes, above the limit of ${maxBytes}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            res.destroy();
            reject(new FetchError('TOO_LARGE', `the response is larger than the limit of ${maxBytes} bytes`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => resolve({ ...base, body: new Uint8Array(Buffer.concat(chunks)) }));
        res.on('error', (e) => reject(e));
        // Aborted mid-body (time limit): settle even when neither 'end' nor 'error' comes.
        res.on('close', () => {
          if (!res.complete) reject(new Error('connection closed before the response ended'));
        });
      },
    );
    req.on('error', (e) => reject(e));
    req.end();
  });

/** `p`, or a TIMEOUT error as soon as `signal` aborts (DNS lookups cannot be cancelled). */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal, url: URL, timeoutMs: number): Promise<T> {
  return new Promise<T>((ok, fail) => {
    const onAbort = (): void => fail(new FetchError('TIMEOUT', `fetching ${url.href} took longer than ${timeoutMs} ms`));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        ok(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        fail(e);
      },
    );
  });
}

/**
 * Fetch a URL for ingest without letting the server be used against its own network (SSRF):
 * only http/https; the host is resolved and EVERY address must be public (not loopback,
 * private, link-local, CGNAT, multicast or reserved; IPv4 and IPv6, IPv4-mapped included) unless
 * `allowPrivate`; the connection goes to the checked address (no second lookup that could
 * answer differently); redirects are followed by hand and each hop is checked the same way;
 * the body and the total time are limited.
 */
export async function safeFetch(urlText: string, options: SafeFetchOptions = {}): Promise<FetchedDocument> {
  const resolver = options.resolver ?? systemResolver;
  const transport = options.transport ?? nodeTransport;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowPrivate = options.allowPrivate ?? false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = parseUrl(urlText);
    for (let hop = 0; ; hop++) {
      const address = await untilAborted(checkedAddress(url, resolver, allowPrivate), controller.signal, url, timeoutMs);
      let res: TransportResponse;
      try {
        res = await untilAborted(transport({ url, address, signal: controller.signal, maxBytes }), controller.signal, url, timeoutMs);
      } catch (e) {
        if (e instanceof FetchError) throw e;
        if (controller.signal.aborted) throw new FetchError('TIMEOUT', `fetching ${url.href} took longer than ${timeoutMs} ms`);
        throw new FetchError('FETCH_FAILED', `fetching ${url.href} failed: ${(e as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.location !== undefined) {
        if (hop >= maxRedirects) throw new FetchError('TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects from ${urlText}`);
        let next: string;
        try {
          next = new URL(res.location, url).href;
        } catch {
          throw new FetchError('FETCH_FAILED', `bad redirect location from ${url.href}`);
        }
        url = parseUrl(next);
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new FetchError('HTTP_STATUS', `${url.href} answered HTTP ${res.status}`);
      if (res.body.byteLength > maxBytes) throw new FetchError('TOO_LARGE', `the response is larger than the limit of ${maxBytes} bytes`);
      return { url: url.href, status: res.status, ...(res.contentType !== undefined ? { contentType: res.contentType } : {}), bytes: res.body };
    }
  } finally {
    clearTimeout(timer);
  }
}
