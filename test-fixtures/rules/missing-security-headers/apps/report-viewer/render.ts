export function renderReport(title: string): string {
  return ["<h1>", title, "</h1>"].join("");
}
