import { Controller, Get, Param } from "@nestjs/common";
import { describeProduct } from "./descriptions";

@Controller("products")
export class CatalogController {
  @Get(":id/description")
  async description(@Param("id") id: string) {
    return describeProduct(id);
  }
}
