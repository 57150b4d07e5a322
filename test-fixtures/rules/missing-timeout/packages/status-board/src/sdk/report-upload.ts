// Uploads the generated incident report to the archive. Written by hand: "generated" here describes the report.

export async function uploadReport(archiveUrl: string, report: string): Promise<void> {
  // expect: missing-timeout
  await fetch(archiveUrl, { method: "PUT", body: report });
}
