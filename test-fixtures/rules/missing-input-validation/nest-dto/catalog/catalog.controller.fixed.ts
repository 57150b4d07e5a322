// Query objects without a class type in a package that declares class-validator: the fix writes a query DTO (every
// parameter optional, values kept as text unless the handler computes with them) in a new dto/ folder and types the
// parameter with it. The global ValidationPipe checks it; where a value is converted (`@Type(() => Number)`), a pipe
// with `transform: true` on that parameter hands the converted value on.
import { Controller, Get, Query } from "@nestjs/common";
import { CatalogService } from "./catalog.service";
import { ListProductsDto } from "./dto/list-products.dto";
import { ListReviewsDto } from "./dto/list-reviews.dto";

@Controller("catalog")
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get("products")
  // expect: missing-input-validation
  listProducts(@Query() query: ListProductsDto) {
    return this.catalog.search(query.search?.trim() ?? "", Number(query.page));
  }

  @Get("reviews")
  // expect: missing-input-validation
  listReviews(@Query() filters: ListReviewsDto) {
    const skip = filters.page * 20;
    return this.catalog.reviews({ productId: filters.productId, skip, tags: filters.tags, verified: filters.verified === "true" });
  }
}
