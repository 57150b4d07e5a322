import { Controller, Param, Post } from "@nestjs/common";

declare const notebook: { archive(pageId: string): Promise<void> };

@Controller("archive")
export class ArchiveController {
  // expect: missing-auth -- outside notes/, the wildcard binding does not reach it
  @Post(":pageId")
  archive(@Param("pageId") pageId: string) {
    return notebook.archive(pageId);
  }
}
