// The widget is tested in a DOM emulation: it is written for the pages that embed it.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "jsdom",
  },
});
