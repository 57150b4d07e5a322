import { Controller, Get, Query } from "@nestjs/common";
import { NotebooksService } from "./notebooks.service";

@Controller("notebooks")
export class NotebooksController {
  constructor(private readonly notebooks: NotebooksService) {}

  @Get()
  // ok: missing-input-validation -- the converting global pipe hands on a boolean and a string, never an array or object
  list(@Query("ownerId") ownerId: string, @Query("archived") archived?: boolean) {
    return this.notebooks.list({ ownerId, archived: archived ?? false });
  }

  @Get("page")
  // ok: missing-input-validation -- converted to a number by the global pipe
  page(@Query("size") size: number) {
    return this.notebooks.page(size);
  }

  @Get("bulk")
  // expect: missing-input-validation
  bulk(@Query("ids") ids: string[]) {
    return this.notebooks.byIds(ids);
  }

  @Get("tagged")
  // expect: missing-input-validation
  tagged(@Query("tag") tag: string | undefined) {
    return this.notebooks.tagged(tag);
  }
}
