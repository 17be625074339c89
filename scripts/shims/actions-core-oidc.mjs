// Build shim (see scripts/build.mjs): stands in for @actions/core's lib/oidc-utils.js, whose static
// import of @actions/http-client (and through it undici, about 1 MB) would otherwise load on every
// Action run. tracker-bot never asks for an OIDC token; if anything ever calls core.getIDToken(), the
// real client is loaded on demand and answers as before.
export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import('tracker-bot-build:actions-core-oidc');
    return Real.getIDToken(audience);
  }
}
