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
    super("https://api.films.example/3", { api_key: "6b9baba6949c25a8bf8478d99c9604b4" });
  }
}

export const geocoderSettings = {
  region: "eu",
  // expect: hardcoded-secret
  accessToken: "27kTr6h6RvwxjOHLN2DuL6g55OuV",
};

export const partners = {
  shipping: {
    // expect: hardcoded-secret
    secret: "nL7NDPtGfpEu4JteipoYKGglpR9O",
  },
};
