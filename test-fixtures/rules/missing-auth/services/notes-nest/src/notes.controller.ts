import { Body, Controller, Param, Post } from "@nestjs/common";

declare const notebook: { append(pageId: string, text: string): Promise<void> };

@Controller("notes")
export class NotesController {
  // ok: missing-auth -- the session middleware's named wildcard covers notes/
  @Post(":pageId")
  append(@Param("pageId") pageId: string, @Body() body: { text: string }) {
    return notebook.append(pageId, body.text);
  }
}
