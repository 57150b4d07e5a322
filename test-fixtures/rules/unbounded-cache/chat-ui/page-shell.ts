// The chat page's shell: reads and writes the document, so only a browser can run it.
export function focusComposer(): void {
  document.querySelector<HTMLTextAreaElement>("#composer")?.focus();
}
