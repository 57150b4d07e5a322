// The body's type literal says a folder may be left out or sent as several: the inbox client sends no folder to mean
// "every folder". The DTO keeps that: the member stays optional and keeps its declared union (let through as is),
// where a check guessed from the handler's use would require one string and refuse the client's own requests.
import { Body, Controller, Post } from "@nestjs/common";
import { InboxService } from "./inbox.service";

@Controller("inbox")
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Post("archive")
  // expect: missing-input-validation
  archive(@Body() body: { folder?: string | string[]; reason: string }) {
    const folders = [body.folder ?? []].flat();
    return this.inbox.archive(folders, body.reason.trim());
  }
}
