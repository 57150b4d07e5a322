const notes: string[] = [];

// Its siblings go through withWorkspace; this one goes through nothing, and the finding says so.
// expect: missing-auth@14 deviatesFromConvention
export const POST = async (request: Request) => {
  notes.push(await request.text());
  return new Response(null, { status: 201 });
};
