import { describe, it } from "vitest";
import type Router from "@koa/router";
import RecordRouter from "./record-router";

// The unit test mounts an instance on a bare harness router: test code is never served.
const harness = (mount: (router: Router) => void) => mount;

describe("RecordRouter", () => {
  it("serves the default record routes", () => {
    const records = new RecordRouter("widgets");
    harness((router) => router.use(records.routes()));
  });
});
