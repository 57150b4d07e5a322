import { Type } from "class-transformer";
import { IsInt, IsOptional, IsString, Max, Min } from "class-validator";

type Constructor<T> = new (...args: any[]) => T;

/** Paging fields every list endpoint accepts; the ceiling differs per resource. */
export function PagedQuery(ceiling: number): Constructor<{ page: number; size: number }> {
  class Paged {
    @Type(() => Number)
    @IsInt()
    @Min(0)
    page = 0;

    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(ceiling)
    size = 20;
  }
  return Paged;
}

/** Paging plus a free-text filter, built on the paging mixin. */
export function SearchablePagedQuery(ceiling: number) {
  class SearchablePaged extends PagedQuery(ceiling) {
    @IsOptional()
    @IsString()
    search?: string;
  }
  return SearchablePaged;
}

/** A mixin whose fields carry no validation at all: extending it validates nothing. */
export function LooseSortQuery() {
  class LooseSort {
    sortBy?: string;
    direction?: string;
  }
  return LooseSort;
}
