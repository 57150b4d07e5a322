import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest, NextResponse } from "next/server";

const root = path.join(process.cwd(), "storage");

export async function GET(request: NextRequest, { params }: { params: { name: string } }) {
  // expect: path-traversal
  const data = await readFile(path.join(root, params.name));
  return new NextResponse(data);
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const file = form.get("file") as File;
  const bytes = Buffer.from(await file.arrayBuffer());
  // expect: path-traversal
  await writeFile(path.join(root, file.name), bytes);
  return NextResponse.json({ ok: true });
}

// ok: path-traversal -- the resolved path must stay under the root
export async function DELETE(request: NextRequest) {
  const key = request.nextUrl.searchParams.get("key") ?? "";
  const target = path.resolve(root, key);
  if (!target.startsWith(root + path.sep)) return NextResponse.json({ error: "bad key" }, { status: 400 });
  await rm(target);
  return new NextResponse(null, { status: 204 });
}
