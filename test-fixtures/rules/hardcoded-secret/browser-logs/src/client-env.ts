// Settings the browser bundle of a Next.js app reads; this package ships its browser logs with next-axiom.
export const clientEnv = {
  // ok: hardcoded-secret -- next-axiom itself reads this ingest token in the browser, under exactly this name
  logIngestToken: process.env.NEXT_PUBLIC_AXIOM_TOKEN,
  // expect: hardcoded-secret
  reportsToken: process.env.NEXT_PUBLIC_REPORTS_TOKEN,
};
