import { Body, Controller, Delete, Post } from "@nestjs/common";
import { partners } from "./partners.store";

@Controller("partners")
export class PartnersController {
  // ok: missing-auth -- the partner is looked up by the API key the caller sent, and the handler leaves when no partner holds it
  @Delete("listing")
  async removeListing(@Body() body: { apiKey: string; listingId: string }) {
    const partner = await partners.findByApiKey(body.apiKey);
    if (!partner) {
      return { removed: false };
    }
    return partners.removeListing(partner.id, body.listingId);
  }

  // expect: missing-auth
  @Post("listing")
  async addListing(@Body() body: { partnerId: string; title: string }) {
    // An id names a partner; it proves nothing about who sends it.
    const partner = await partners.findById(body.partnerId);
    if (!partner) {
      return { added: false };
    }
    return partners.addListing(partner.id, body.title);
  }
}
