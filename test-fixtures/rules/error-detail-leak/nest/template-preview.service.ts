import { BadRequestException, Injectable } from "@nestjs/common";
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";

function makeRenderer(locale: string) {
  const engine = Handlebars.create();
  engine.registerHelper("upper", (text: string) => text.toLocaleUpperCase(locale));
  return engine;
}

function makeFileRenderer() {
  const engine = Handlebars.create();
  // A helper that reads the disk: its failure names a server path.
  engine.registerHelper("partialFile", (name: string) => readFileSync(`/srv/partials/${name}.hbs`, "utf8"));
  return engine;
}

@Injectable()
export class TemplatePreviewService {
  preview(source: string, data: object, locale: string): string {
    try {
      const engine = makeRenderer(locale);
      const render = engine.compile(source);
      return render(data);
    } catch (e: any) {
      // ok: error-detail-leak -- only the engine's verdict on the caller's own template can land here, answered as a 400
      throw new BadRequestException(e?.message || `The template could not be rendered: ${e}`);
    }
  }

  previewWithPartials(source: string, data: object): string {
    try {
      const render = makeFileRenderer().compile(source);
      return render(data);
    } catch (e: any) {
      // expect: error-detail-leak
      throw new BadRequestException(e?.message || "The template could not be rendered");
    }
  }
}
