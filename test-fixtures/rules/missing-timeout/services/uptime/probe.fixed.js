// An uptime checker that is handed its HTTP client when the app starts (see start.js): whatever it is given is
// what every check goes through.
export default class SiteProbe {
  constructor(httpClient, clock) {
    this.httpClient = httpClient;
    this.clock = clock;
  }

  async check(site) {
    const startedAt = this.clock.now();
    // expect: missing-timeout
    const response = await this.httpClient.get(site.url, { validateStatus: () => true, timeout: 30000 });
    return { up: response.status < 500, tookMs: this.clock.now() - startedAt };
  }

  async notify(hookUrl, event) {
    // expect: missing-timeout
    await this.httpClient.post(hookUrl, event, { timeout: 30000 });
  }
}
