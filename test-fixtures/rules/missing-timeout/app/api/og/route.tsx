import { ImageResponse } from "next/og";

export const runtime = "edge";

export async function GET(request: Request) {
  const title = new URL(request.url).searchParams.get("title") ?? "Harden";
  // expect: missing-timeout
  const font = await fetch(new URL("https://fonts.example.com/inter-bold.ttf")).then((res) => res.arrayBuffer());
  // ok: missing-timeout -- a file shipped next to the module (new URL(path, import.meta.url)), not an upstream
  const logo = await fetch(new URL("./logo.png", import.meta.url)).then((res) => res.arrayBuffer());
  return new ImageResponse(<div style={{ fontSize: 64 }}>{title}</div>, {
    width: 1200,
    height: 630,
    fonts: [{ name: "Inter", data: font, weight: 700 }],
    headers: { "x-logo-bytes": String(logo.byteLength) },
  });
}
