import type { TFunction } from "i18next";
import type { RegistryFinding, Verdict } from "../engine/types.ts";

export interface RenderOptions {
  /** How many reasons to spell out before "…and N more". */
  maxReasons?: number;
}

function registryLine(t: TFunction, f: RegistryFinding): string | null {
  switch (f.kind) {
    case "licence_active":
    case "licence_inactive": {
      const status = t(`registry.status.${f.operator.status}`);
      const line =
        f.kind === "licence_active"
          ? t("registry.licenceActive", { licence: f.licence, name: f.operator.name })
          : t("registry.licenceInactive", { licence: f.licence, name: f.operator.name, status });
      return f.nameMatches === false ? `${line} ${t("registry.nameMismatch", { name: f.operator.name })}` : line;
    }
    case "licence_unknown":
      return t("registry.licenceUnknown", { licence: f.licence });
    case "name_found":
      return t("registry.nameFound", { advertised: f.name, name: f.operator.name, status: t(`registry.status.${f.operator.status}`) });
    case "name_unknown":
      return t("registry.nameUnknown", { name: f.name });
    case "phone_found":
      return t("registry.phoneFound", { phone: f.phone, name: f.operator.name, status: t(`registry.status.${f.operator.status}`) });
  }
}

/** The verdict as plain text in `t`'s language: summary, reasons with quotes, licence check, advice. */
export function renderVerdict(t: TFunction, verdict: Verdict, options: RenderOptions = {}): string {
  if (!verdict.isJobAd) return t("verdict.notJobAd");
  const maxReasons = options.maxReasons ?? 5;
  const lines: string[] = [`${t(`risk.${verdict.risk}`)} — ${t(`verdict.summary.${verdict.risk}`)}`];
  if (verdict.crime) lines.push(t(`verdict.crime.${verdict.crime}`));
  lines.push(t("verdict.score", { score: Math.round(verdict.score * 100) }));
  const reasons = verdict.flags;
  if (reasons.length) {
    lines.push("", t("verdict.reasonsHeader"));
    for (const flag of reasons.slice(0, maxReasons)) {
      const quote = flag.evidence[0] ? ` ${t("verdict.evidence", { text: flag.evidence[0].text.trim() })}` : "";
      lines.push(`• ${t(`signal.${flag.id}`)}${quote}`);
    }
    if (reasons.length > maxReasons) lines.push(t("verdict.moreReasons", { count: reasons.length - maxReasons }));
  }
  const registry = verdict.registry.map((f) => registryLine(t, f)).filter((l): l is string => l !== null);
  if (registry.length) lines.push("", t("verdict.registryHeader"), ...registry.map((l) => `• ${l}`));
  if (verdict.advice.length) lines.push("", t("verdict.adviceHeader"), ...verdict.advice.map((k) => `• ${t(k)}`));
  return lines.join("\n");
}
