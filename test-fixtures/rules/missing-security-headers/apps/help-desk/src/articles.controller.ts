import { Controller, Get, Param } from "@nestjs/common";

declare const articles: { render(slug: string): Promise<string> };

@Controller("articles")
export class ArticlesController {
  @Get(":slug")
  page(@Param("slug") slug: string) {
    return articles.render(slug);
  }
}
