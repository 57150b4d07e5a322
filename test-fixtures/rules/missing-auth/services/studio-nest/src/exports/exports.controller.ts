import { Body, Controller, Post } from "@nestjs/common";
import { drafts } from "../store";

@Controller("exports")
export class ExportsController {
  // expect: missing-auth
  @Post()
  start(@Body() body: { draftId: string }) {
    return drafts.exportPdf(body.draftId);
  }
}
