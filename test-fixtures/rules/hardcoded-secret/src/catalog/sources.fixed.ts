// Catalogue sources. A key stored under a name any vendor could use (`apiKey`, `secret`) moves to a variable named
// after what holds it, so two sources never share one `API_KEY`.

class RestSource {
  constructor(
    readonly baseUrl: string,
    readonly query: Record<string, string>,
  ) {}
}

/** The film catalogue passes its key to the base class as a query parameter. */
export class FilmCatalog extends RestSource {
  constructor() {
    // expect: hardcoded-secret
    super("https://api.films.example/3", { api_key: process.env.FILM_CATALOG_API_KEY || (() => { throw new Error("FILM_CATALOG_API_KEY is not set"); })() });
  }
}

export const geocoderSettings = {
  region: "eu",
  // expect: hardcoded-secret
  accessToken: process.env.GEOCODER_ACCESS_TOKEN || (() => { throw new Error("GEOCODER_ACCESS_TOKEN is not set"); })(),
};

export const partners = {
  shipping: {
    // expect: hardcoded-secret
    secret: process.env.SHIPPING_SECRET || (() => { throw new Error("SHIPPING_SECRET is not set"); })(),
  },
};
