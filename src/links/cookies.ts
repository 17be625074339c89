// Cookies within one link check: consent and session gates answer 302 with Set-Cookie and serve
// the page once the cookie comes back, as a browser would send it. One jar per link check, in
// memory only (tough-cookie's MemoryCookieStore, RFC 6265 domain/path/expiry rules): never shared
// between links or hosts, never written to disk. tough-cookie is loaded on the first Set-Cookie,
// so runs that never see one do not pay for it.
import type { CookieJar } from 'tough-cookie';

let jarClass: Promise<typeof CookieJar> | undefined;

export class LinkCookies {
  private jar: CookieJar | undefined;

  /** Stores the Set-Cookie headers of a response to `url`; malformed cookies are ignored. */
  async store(url: URL, setCookie: string | string[] | undefined): Promise<void> {
    const values = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
    if (values.length === 0) return;
    if (!this.jar) {
      jarClass ??= import('tough-cookie').then((m) => m.CookieJar);
      const Jar = await jarClass;
      this.jar = new Jar();
    }
    for (const value of values) {
      try {
        this.jar.setCookieSync(value, url.href, { ignoreError: true });
      } catch {
        // A cookie the jar refuses (bad domain, public suffix) is simply not kept, as in a browser.
      }
    }
  }

  /** True until a response set a cookie. */
  get isEmpty(): boolean {
    return this.jar === undefined;
  }

  /** The Cookie header value for a request to `url` ("" when there is nothing to send). */
  header(url: URL): string {
    return this.jar ? this.jar.getCookieStringSync(url.href) : '';
  }
}
