import { Body, Controller, Delete, Param, Post } from "@nestjs/common";
import { OrdersService } from "./orders.service";

@Controller("orders")
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  // ok: missing-auth -- the APP_GUARD provider in app.module.ts guards every route of this service
  @Post()
  create(@Body() body: { sku: string; quantity: number }) {
    return this.orders.create(body);
  }

  // ok: missing-auth -- global guard
  @Delete(":id")
  cancel(@Param("id") id: string) {
    return this.orders.cancel(id);
  }
}
