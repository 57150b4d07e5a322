import { Body, Controller, Delete, Get, Headers, HttpException, Param, Post, Put, Query, Req, UseGuards, UsePipes, ValidationPipe } from "@nestjs/common";
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Request } from "express";
import { Public, SessionGuard } from "../auth/session.guard";
import { LooseNoteDto, WriteNoteDto } from "./note.dto";

const PAGE_LIMIT = 50;
const notes = new Map<string, { title: string; body?: string; tags?: string[] }>();

function signatureMatches(payload: string, sent: string | undefined): boolean {
  const expected = createHmac("sha256", process.env.HOOK_SECRET ?? "").update(payload).digest("hex");
  return !!sent && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

@Controller("notes")
@UseGuards(SessionGuard)
export class NotesController {
  private readonly audit: string[] = [];
  private created = 0;

  @Get()
  list(@Query() query: { page?: string; search?: string }) {
    const page = Number(query.page ?? 0);
    const matching = [...notes.values()].filter((note) => !query.search || note.title.includes(query.search));
    return matching.slice(page * PAGE_LIMIT, (page + 1) * PAGE_LIMIT);
  }

  @Get(":id")
  read(@Param("id") id: string) {
    const note = notes.get(id);
    return note ?? { missing: id };
  }

  @Post()
  @UsePipes(new ValidationPipe())
  create(@Body() dto: WriteNoteDto) {
    const id = String(notes.size + 1);
    notes.set(id, { title: dto.title, body: dto.body });
    this.audit.push(`created ${id}`);
    this.created++;
    return { id };
  }

  @Put(":id")
  replace(@Param("id") id: string, @Body() dto: LooseNoteDto) {
    notes.set(id, { title: String(dto.title), tags: dto.tags });
    return { id, tags: dto.tags?.length ?? 0 };
  }

  @Post("import")
  bulkImport(@Body() payload: any) {
    if (payload.items.length > 500) throw new HttpException("too many notes at once", 429);
    for (const entry of payload.items) notes.set(entry.id, { title: entry.title });
    return { imported: payload.items.length };
  }

  @Public()
  @Post("hooks/inbound")
  inbound(@Req() request: Request, @Headers("x-signature") signature: string) {
    if (!signatureMatches(JSON.stringify(request.body), signature)) return { accepted: false };
    notes.set(request.body.id, { title: request.body.title });
    return { accepted: true };
  }

  @Get("exports/:name")
  download(@Param("name") name: string) {
    return readFileSync(join("/srv/exports", name), "utf8");
  }

  @Get("archive/:name")
  archived(@Param("name") name: string) {
    return readFileSync(join("/srv/archive", basename(name)), "utf8");
  }

  @Delete(":id")
  remove(@Param("id") id: string, @Query("reason") reason: string) {
    this.audit.push(`removed ${id}: ${reason}`);
    return { removed: notes.delete(id) };
  }
}
