import type { Evidence } from "../types.ts";
import { add, namedEmployerAtWork, namesActiveRecruiter, registeredEmployers, type Found, type SignalInput } from "./found.ts";

/**
 * Smuggling and trafficking. Trafficking: roles aimed at young women with
 * conditions on looks, scam-centre work in South-East Asia or chat work
 * talking clients into investing anywhere, the passport kept
 * or a debt to work off. An age range or "CV with photo" alone is what any
 * employer asks; it counts only beside a role of the kind traffickers offer
 * young women (hostess, massage, dancer) or a condition on looks, and even
 * then not when the advert says who employs them: a restaurant's own address
 * or mailbox, a licensed recruiter under its registered name, or a café that
 * gives its name and is reachable where the job is.
 */
export function detectPeopleSigns(input: SignalInput, found: Found) {
  const { entities, data, hits } = input;
  const cue = hits.cues;
  add(found, "smuggling_route", cue.smugglingRoute);

  // Cabin crew are asked their height and a full-length photo by the airlines themselves (arm's reach, grooming
  // rules): beside that role alone those are no condition on looks, and the airlines' own age limits no lure.
  const crewOnly = cue.cabinCrew.length > 0 && cue.femaleRole.length === 0;
  const female = cue.cabinCrew.length === 0 ? cue.femaleRole : byStart([...cue.femaleRole, ...cue.cabinCrew]);
  const looks = crewOnly || cue.figure.length === 0 ? cue.looksAge : byStart([...cue.looksAge, ...cue.figure]);
  const ageOrPhoto = cue.ageOrPhoto;
  // A licensed recruiter under its registered name, naming the employer, may ask a dancer's or a fitting model's
  // height and a full-length photo; anyone else asking young women for their looks is what traffickers do.
  const licensedForEmployer = input.registry.some(namesActiveRecruiter) && (employerNamed(input) || entities.companies.length > 1);
  if (looks.length > 0 && (female.length > 0 || looks.length >= 2 || ageOrPhoto.length > 0) && !licensedForEmployer) add(found, "trafficking_risk", [...female, ...looks, ...ageOrPhoto]);
  if (!crewOnly && female.length > 0 && ageOrPhoto.length > 0 && !employerKnown(input)) add(found, "trafficking_risk", [...female, ...ageOrPhoto]);
  const scamCountries = entities.countries.filter((c) => data.scamCentreCountries.has(c.code));
  const scamWork = cue.scamCentreWork;
  if (scamCountries.length > 0 && (scamWork.length > 0 || looks.length > 0 || (cue.benefitsBait.length > 0 && cue.noRequirements.length > 0))) {
    add(found, "trafficking_risk", [...scamCountries.map((c) => c.evidence), ...scamWork]);
  }
  // A "typing job" or an "online operator" abroad with the flight and the room free, and no trade named beside
  // it, is how scam compounds recruit in Dubai as well as on the Mekong: nobody flies a typist in for free. A
  // licensed recruiter under its registered name, naming the call centre that employs its agents, is not that.
  if (scamWork.length > 0 && cue.benefitsBait.length > 0 && entities.countries.length > 0 && entities.jobTitles.length === 0 && !licensedForEmployer) {
    add(found, "trafficking_risk", [...scamWork, ...cue.benefitsBait]);
  }
  // Talking strangers into investing from a chat desk is the work of a scam
  // compound wherever it is (Dubai as well as the Mekong), not customer service.
  if (cue.scamCentreTask.length > 0 && (scamWork.length > 0 || scamCountries.length > 0)) add(found, "trafficking_risk", [...scamWork, ...cue.scamCentreTask]);
  add(found, "trafficking_risk", cue.passportHeld);
  // Jobs that end in a war zone or an army contract: how migrants are drawn into the fighting in Ukraine.
  add(found, "trafficking_risk", cue.warRecruitment);
}

function byStart(evidence: Evidence[]): Evidence[] {
  return evidence.sort((a, b) => a.start - b.start);
}

/** The advert gives the employer's own details: an address, a register number, a mailbox on its own domain, its registered name (ООО «…», «…» MChJ). */
function employerNamed(input: SignalInput): boolean {
  return input.hits.cues.employerDetails.length > 0 || input.ownDomains.length > 0 || registeredEmployers(input).length > 0;
}

function employerKnown(input: SignalInput): boolean {
  return input.registry.some(namesActiveRecruiter) || employerNamed(input) || namedEmployerAtWork(input);
}
