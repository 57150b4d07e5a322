import { Hono } from "hono";

export function createPreviewServer() {
  // expect: missing-security-headers
  const preview = new Hono();
  preview.get("/", (c) => c.html("<h1>Preview</h1>"));
  return preview;
}

export const previewServer = createPreviewServer();
