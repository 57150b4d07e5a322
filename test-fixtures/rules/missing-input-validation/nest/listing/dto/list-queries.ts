import { LooseSortQuery, PagedQuery, SearchablePagedQuery } from "./paged-query";

export class ListCarriersQuery extends PagedQuery(50) {}

export class SearchDepotsQuery extends SearchablePagedQuery(200) {}

export class SortRoutesQuery extends LooseSortQuery() {}
