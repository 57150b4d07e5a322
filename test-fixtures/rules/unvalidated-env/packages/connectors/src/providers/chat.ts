// Only deployments that enable the chat connector set its app id and secret: the reads sit in the connector's own
// method, which runs when someone connects a chat workspace.
export class ChatConnector {
  tokenRequest(code: string): { clientId: string; clientSecret: string; code: string } {
    // ok: unvalidated-env -- counted in the package's one finding (catalog.ts)
    const clientId = process.env.CHAT_APP_ID!;
    // ok: unvalidated-env -- counted in the package's one finding
    return { clientId, clientSecret: process.env.CHAT_APP_SECRET!, code };
  }
}
