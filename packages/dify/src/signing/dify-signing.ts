import type { KeyObject } from "node:crypto";

/**
 * What `.verification.dify.json` in a signed package claims about its publisher: the daemon's categories
 * (`decoder.AuthorizedCategory`). Only `langgenius` changes what the daemon allows, and only for packages whose
 * author is langgenius; ours is not, so we claim `community`, the honest one for a third party.
 */
export type AuthorizedCategory = "langgenius" | "partner" | "community";

/** How to sign packages in the daemon's format: the publisher's RSA private key and the category to claim. */
export interface DifySigning {
  privateKey: KeyObject;
  authorizedCategory?: AuthorizedCategory;
}
