// Paste handling of the rich-text editor: FileReader and the document exist only in a browser page.
export async function imageFromClipboardUrl(url: string): Promise<string> {
  // ok: missing-timeout -- the module uses DOM-only globals, so it is browser code
  const response = await fetch(url, { cache: "no-store" });
  const blob = await response.blob();
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(blob);
  });
}

export function focusEditor(): void {
  document.querySelector<HTMLElement>(".editor")?.focus();
}
