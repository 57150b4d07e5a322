// untrusted-forwarded-for: the client's address taken from headers the client writes. Reads the client-address model
// (proxy-trust settings and forwarding-header reads); the model already leaves out presence checks, headers passed on
// to an upstream and the rightmost (proxy-appended) hop, and links reads handed to helpers that take that hop.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "untrusted-forwarded-for",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "none",
    summary: "The client's address must not come from X-Forwarded-For or X-Real-IP as the client sent them.",
    messages: {
      headerRead:
        "`{{read}}` is whatever the client sends: used as the client's address it lets anyone dodge rate limits, forge log entries or pass IP allow-lists. Trust a fixed number of proxy hops and read `req.ip`, or take the entry your own proxy appended.",
      trustAll:
        "`{{setting}}` trusts every hop of X-Forwarded-For, so the client picks `req.ip`. Set the number of proxies in front of the app (`1`) or their addresses instead.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      // The trusted address matters only where something reads it: code, a rate limiter, a logger printing it.
      const addressUsed = (ctx.file.proxyTrustAll ?? []).length > 0 && ctx.project.packageUsesProxiedAddress(ctx.filePath);
      for (const setting of ctx.file.proxyTrustAll ?? []) {
        if (setting.logsAddress || addressUsed) ctx.report({ span: setting.span, messageId: "trustAll", data: { setting: setting.setting } });
      }
      // On a platform whose edge writes these headers itself, the value is the connecting address, not the client's word.
      if (ctx.project.edgeSetsForwardingHeaders(ctx.filePath)) return;
      for (const read of ctx.file.forwardedHeaderReads ?? []) {
        // Read only after a self-hosted install has left: it runs on the hosted service, behind that platform's edge.
        if (read.hostedOnly && ctx.project.hostedServiceOnVercel(ctx.filePath)) continue;
        // A fallback after CF-Connecting-IP is never reached on a platform that always writes that header.
        const edgeFallbackUnreached = !read.afterEdgeHeader || ctx.project.edgeSetsConnectingIpHeader(ctx.filePath);
        // Handed only to project helpers that take the hop the own proxy appended: the safe form, one call away.
        if (edgeFallbackUnreached && read.helperCalls?.every((call) => ctx.project.takesRightmostHop(call.callee, call.argument, ctx.filePath))) continue;
        ctx.report({ span: read.span, messageId: "headerRead", data: { read: read.label } });
      }
    },
  }),
});
