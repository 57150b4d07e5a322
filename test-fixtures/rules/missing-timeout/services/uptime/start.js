import axios from "axios";
import SiteProbe from "./probe.js";
import { StatusRelay } from "./relay";
import { ResultHistory } from "./history.js";
import { MirrorProbe } from "./mirror.js";

const statusApi = axios.create({ baseURL: process.env.STATUS_API_URL, timeout: 8000 });
const offlineTransport = { get: async (url) => ({ status: 200, url }) };

export function startMonitoring() {
  const probe = new SiteProbe(axios, { now: () => Date.now() });
  const relay = new StatusRelay(statusApi);
  const history = new ResultHistory(new Map());
  const mirrors = [new MirrorProbe(axios), new MirrorProbe(offlineTransport)];
  return { probe, relay, history, mirrors };
}
