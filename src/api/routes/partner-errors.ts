/** What error statuses mean on the partner API, for its OpenAPI document. */
export const PARTNER_ERRORS: Partial<Record<number, string>> = {
  401: "No API key, or an unknown or revoked one.",
  404: "No batch of this key has that id.",
  409: "The batch is not done yet.",
  413: "Over the size limit (100 adverts per scan, 100,000 per batch).",
  429: "Over the key's requests per minute (see Retry-After).",
  503: "The instance is starting or overloaded: send the same request again after Retry-After seconds.",
};
