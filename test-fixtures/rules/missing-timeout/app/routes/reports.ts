import { reportFileName } from "./reports.export";

export function describeDownload(id: string): string {
  return `Your download will be named ${reportFileName(id)}.`;
}
