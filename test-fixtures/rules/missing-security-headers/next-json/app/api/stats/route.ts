export async function GET() {
  return Response.json({ visitors: 42 });
}
