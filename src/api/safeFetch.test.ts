import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, isPublicAddress, safeFetch, type Resolver } from './safeFetch.js';

describe('isPublicAddress', () => {
  const cases: [string, boolean][] = [
    ['8.8.8.8', true],
    ['93.184.216.34', true],
    ['172.32.0.1', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['10.20.30.40', false],
    ['172.16.5.5', false],
    ['172.31.255.255', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.251', false],
    ['255.255.255.255', false],
    ['::', false],
    ['::1', false],
    ['[::1]', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['64:ff9b::7f00:1', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['localhost', false],
    ['not an ip', false],
  ];
  for (const [ip, pub] of cases) it(`${ip} → ${pub ? 'public' : 'refused'}`, () => expect(isPublicAddress(ip)).toBe(pub));
});

describe('safeFetch', () => {
  const resolver: Resolver = (h) =>
    h === 'loop.test' ? Promise.resolve([{ address: '127.0.0.1', family: 4 }]) : Promise.reject(new Error(`ENOTFOUND ${h}`));

  it('refuses a name resolving to loopback before connecting', async () => {
    const transport = (): never => {
      throw new Error('must not connect');
    };
    await expect(safeFetch('http://loop.test/', { resolver, transport })).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED', refused: true });
  });

  it('gives up with TIMEOUT when the resolver or the server never answers', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(safeFetch('http://slow.example/', { resolver: () => never, timeoutMs: 5 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    const pub: Resolver = () => Promise.resolve([{ address: '93.184.216.34', family: 4 }]);
    await expect(safeFetch('http://slow.example/', { resolver: pub, transport: () => never, timeoutMs: 5 })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('stops after too many redirects', async () => {
    const pub: Resolver = () => Promise.resolve([{ address: '93.184.216.34', family: 4 }]);
    let hops = 0;
    const err = await safeFetch('http://a.example/0', {
      resolver: pub,
      maxRedirects: 3,
      transport: ({ url }) => {
        hops++;
        return Promise.resolve({ status: 302, location: `/${Number(url.pathname.slice(1)) + 1}`, body: new Uint8Array(0) });
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('TOO_MANY_REDIRECTS');
    expect(hops).toBe(4);
  });

  describe('with the node transport against a loopback server (allowPrivate)', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/big') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('x'.repeat(5000));
        } else if (req.url === '/moved') {
          res.writeHead(302, { location: '/page' });
          res.end();
        } else if (req.url === '/page') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<html><body><p>مرحبا</p></body></html>');
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

    it('refuses loopback by default', async () => {
      await expect(safeFetch(`${base}/page`)).rejects.toMatchObject({ code: 'ADDRESS_NOT_ALLOWED' });
    });

    it('follows a redirect and returns the body and media type', async () => {
      const doc = await safeFetch(`${base}/moved`, { allowPrivate: true });
      expect(doc.url).toBe(`${base}/page`);
      expect(doc.contentType).toMatch(/text\/html/);
      expect(new TextDecoder().decode(doc.bytes)).toContain('مرحبا');
    });

    it('enforces the size limit and reports HTTP errors', async () => {
      await expect(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
      await expect(safeFetch(`${base}/nothing`, { allowPrivate: true })).rejects.toMatchObject({ code: 'HTTP_STATUS' });
    });
  });
});
