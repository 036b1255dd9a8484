/**
 * Canonical licence numbers, shared by the engine (numbers quoted in ads) and
 * the registry importer (numbers as registries write them), so both sides
 * compare the same string.
 *
 * Pakistan (BEOE): ads write `OEP 1234/RWP`, `MPD/2671/LHR`, `1250/RWP/92`;
 * the canonical form is `<4 digits>/<office code>`: an `OEP` or `MPD/` prefix
 * (a registry row may keep the ad's `OEP-9277/KHI`) and the trailing year are
 * dropped, leading zeros kept (shared/registries/README.md).
 * Other registries: upper case, separators unified to `-`.
 */
const PK_LICENCE = /^(?:OEP\s*[-#:.]?\s*(?:NO\.?\s*)?)?(?:MPD\s*\/\s*)?(\d{2,5})\s*\/\s*([A-Z]{3})(?:\s*\/\s*\d{2,4})?$/;

export function canonicalLicence(raw: string): string {
  // "1765 slash MUX": a licence read out in a voice note, written down by the phone.
  const compact = raw.trim().toUpperCase().replace(/[‐-―]/g, "-").replace(/\s+SLASH\s+/g, "/");
  const pk = PK_LICENCE.exec(compact);
  if (pk) return `${pk[1]!.padStart(4, "0")}/${pk[2]}`;
  return compact.replace(/[\s_.]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "");
}
