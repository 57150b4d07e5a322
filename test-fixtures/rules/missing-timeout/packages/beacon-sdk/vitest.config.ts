// The SDK's tests run in a DOM emulation: its code is written for the pages that embed it.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "happy-dom",
  },
});
