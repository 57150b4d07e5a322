// Built with axios in one place and with a stub transport in another (see start.js): which client it holds
// depends on the caller, so nothing is claimed.
export class MirrorProbe {
  constructor(transport) {
    this.transport = transport;
  }

  fetchCopy(url) {
    // ok: missing-timeout -- not every production construction passes axios
    return this.transport.get(url);
  }
}
