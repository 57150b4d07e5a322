// Helpers that look at media types to present content, never to accept it.

// ok: loose-mime-check -- picks a viewer for content already received; nothing is accepted or refused
export const canPreviewInline = (contentType: string): boolean => /image\/|video\//.test(contentType);

export function describeUpstreamFailure(status: number, contentType: string): string {
  // ok: loose-mime-check -- formats the type into a message; no decision is taken on it
  return `upstream answered ${status} with ${contentType.includes(" ") ? JSON.stringify(contentType) : contentType}`;
}

interface MessagePart {
  type: string;
  text?: string;
}

export function toolCalls(parts: MessagePart[]): MessagePart[] {
  // ok: loose-mime-check -- the kind of a message part (`text`, `tool-…`) is not a media type
  return parts.filter((part) => part.type.startsWith("tool-"));
}

export function shouldEmbed(contentType: string | undefined, size: number): boolean {
  // ok: loose-mime-check -- decides what to embed in an export; refusing means returning false, not turning a request away
  if (!contentType?.startsWith("image/")) return false;
  return size < 64 * 1024;
}
