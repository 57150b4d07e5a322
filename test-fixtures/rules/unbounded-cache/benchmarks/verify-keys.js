// A k6 load test: k6 runs it, not a long-lived server.
import http from "k6/http";

// ok: unbounded-cache -- a load-test script (it imports k6), tooling rather than a served process
const latencyByStatus = {};

export default function () {
  const response = http.get("https://api.example.com/keys/verify");
  latencyByStatus[response.status + ":" + __VU] = response.timings.duration;
}
