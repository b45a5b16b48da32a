import { Word } from './words';

/**
 * Finds where a story says what the writer's own role was: "as the night-shift lead", "I was the only UX
 * researcher", "my role was...", "I led a team of four". Someone else's role ("as the manager asked",
 * "I hired her as an analyst") and a team's description ("our team of six") are not the writer's.
 */

/** Titles and functions, singular; a plural is read by dropping its final s. */
const ROLE_NOUNS = new Set(
  (
    'engineer developer programmer manager lead leader head director analyst nurse teacher coordinator intern researcher designer ' +
    'consultant specialist officer supervisor associate assistant representative rep agent technician owner founder cofounder ' +
    'administrator admin scientist accountant auditor clerk chef cook server waiter waitress cashier pharmacist translator ' +
    'interpreter freelancer contractor student volunteer captain sergeant lieutenant corporal editor writer reporter journalist ' +
    'producer planner architect strategist recruiter paralegal lawyer attorney counsel partner principal tutor instructor ' +
    'professor lecturer therapist physician doctor resident medic paramedic driver operator foreman forewoman mechanic electrician ' +
    'plumber buyer merchandiser marketer salesperson seller executive vp president ceo cto cfo coo cio ciso chair chairperson ' +
    'treasurer secretary member steward dispatcher controller bookkeeper economist statistician librarian curator pilot attendant ' +
    'receptionist concierge housekeeper barista bartender baker farmer agronomist inspector surveyor advisor adviser counselor ' +
    'counsellor coach mentor trainer facilitator organizer organiser moderator maintainer pm sre qa tester hire newcomer trainee ' +
    'apprentice fellow postdoc candidate caregiver carer midwife dentist hygienist surgeon clinician psychologist social worker ' +
    'superintendent deputy chief manager shopkeeper landlord realtor broker underwriter actuary teller banker trader investor ' +
    'analyst economist geologist chemist biologist physicist technologist programmer coder dev devops admin sysadmin dba ' +
    'copywriter photographer videographer animator illustrator musician conductor coachman ranger firefighter officer soldier ' +
    'marine sailor airman medic guard cadet ta phd undergraduate graduate grad teammate employee worker staffer hand crew ' +
    'lifeguard scout captain skipper dj host presenter spokesperson liaison steward stewardess sommelier butcher welder ' +
    'machinist carpenter craftsman installer estimator scheduler storekeeper stocker picker packer loader courier rider commander ' +
    'responder warden marshal nanny'
  ).split(/\s+/),
);

/** "I worked in customer support": a function named after "in". */
const FUNCTIONS = new Set(
  ('support sales marketing finance hr operations engineering service recruiting recruitment logistics procurement accounting ' +
    'it security design research compliance legal nursing admissions dispatch housekeeping purchasing payroll communications ' +
    'fundraising editorial production maintenance quality qa ops devops infrastructure analytics').split(/\s+/),
);

/** What a writer leads or runs when saying so states their place: "I led a team of four". */
const GROUP_NOUNS = new Set(
  ('team crew squad group department unit shift staff office branch store shop ward clinic class platoon division studio chapter ' +
    'practice lab kitchen restaurant warehouse desk function committee board workstream bakery business company startup firm agency ' +
    'cafe café salon site project squadron troop classroom school practice newsroom counter bar till floor farm ranch estate ' +
    'hotel plant factory fleet pub gym pharmacy garage library').split(/\s+/),
);

const LEAD_VERBS = new Set(['led', 'lead', 'ran', 'run', 'managed', 'manage', 'supervised', 'supervise', 'headed', 'head', 'oversaw', 'oversee', 'own', 'owned', 'founded', 'cofounded', 'chaired', 'chair', 'captained', 'coached']);
const BE = new Set(['was', 'am', "i'm", 'became', 'become', 'remained', 'stayed']);
/** After "I was", these say what happened to the writer, not who they were. */
const NOT_A_ROLE_START = new Set(['asked', 'told', 'given', 'sent', 'assigned', 'invited', 'able', 'worried', 'concerned', 'sure', 'not', 'never', 'about', 'going', 'trying', 'working', 'with', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'that', 'so', 'too', 'very']);
/** Words that end the short window a role is looked for in. */
const STOP = new Set(['and', 'but', 'or', 'who', 'which', 'that', 'when', 'while', 'because', 'so', 'to', 'with', 'by', 'for', 'from', 'at', 'i', 'we', 'they', 'he', 'she']);
/** "as the manager asked": the role belongs to whoever does the verb. */
const OTHERS_VERBS = new Set(['asked', 'said', 'wanted', 'requested', 'suggested', 'noted', 'told', 'explained', 'pointed', 'had', 'did', 'was', 'were', 'would', 'could', 'put', 'insisted', 'expected', 'needed', 'decided', 'put', 'saw']);
/** "hired her as", "treat them as": the role is someone else's. */
const OBJECTS = new Set(['him', 'them', 'someone', 'somebody', 'anyone', 'people', 'it', 'this', 'that', 'such', 'same', 'well', 'soon', 'long', 'much', 'many', 'far', 'good', 'quickly', 'often']);

/** "I was promoted to team lead", "I was hired as a buyer". */
const PROMOTED = new Set(['promoted', 'appointed', 'elected', 'hired', 'made', 'named', 'brought', 'taken']);

function isRole(w: string): boolean {
  return ROLE_NOUNS.has(w) || (w.length > 3 && w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1)));
}

/** Index of a role noun within `span` words after `from` (no sentence end, no stop word before it), or -1. */
function roleWithin(words: readonly Word[], from: number, span: number): number {
  for (let k = from; k < words.length && k < from + span; k++) {
    if (k > from && words[k].gap === 2) return -1;
    const w = words[k].w;
    if (isRole(w)) return k;
    // "German-to-English translator": a stop word inside a compound does not end the phrase.
    if (STOP.has(w) && !words[k].joined && !words[k + 1]?.joined) return -1;
  }
  return -1;
}

export function statesRole(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    const next = words[i + 1];
    if (w === 'as' && next && next.gap < 2) {
      if (i > 0 && words[i].gap === 0 && OBJECTS.has(words[i - 1].w)) continue;
      if (OBJECTS.has(next.w)) continue;
      const k = roleWithin(words, i + 1, 6);
      if (k !== -1) {
        const after = words[k + 1];
        if (after && after.gap === 0 && OTHERS_VERBS.has(after.w)) continue;
        if (after && after.gap === 0 && after.w === "'s") continue;
        return true;
      }
    } else if ((w === 'my' || w === 'our') && next && next.gap < 2 && /^(?:role|title|position|post|capacity|job)$/.test(next.w)) {
      if (next.w !== 'job' || words[i + 2]?.w === 'as' || words[i + 2]?.w === 'title') return true;
    } else if (w === 'i' || w === "i'm" || w === "i've" || w === "i'd") {
      // Where what is said of the writer starts, and whether it follows a form of "be".
      let j = i + 1;
      let be = w === "i'm";
      if ((w === "i've" || w === "i'd") && words[j]?.w === 'been') {
        be = true;
        j++;
      } else if (w === 'i' && (words[j]?.w === 'had' || words[j]?.w === 'have') && words[j + 1]?.w === 'been') {
        be = true;
        j += 2;
      } else if (w === 'i' && words[j] && BE.has(words[j].w)) {
        be = true;
        j++;
      }
      // "co-founded" is one verb.
      if (w === 'i' && words[j]?.w === 'co' && words[j + 1]?.joined) j++;
      const first = words[j];
      if (!first || first.gap === 2) continue;
      if (be) {
        if (first.w === 'responsible' || first.w === 'accountable' || (first.w === 'in' && words[j + 1]?.w === 'charge')) return true;
        if (PROMOTED.has(first.w)) {
          const k = words[j + 1]?.w === 'to' || words[j + 1]?.w === 'as' ? j + 2 : j + 1;
          if (roleWithin(words, k, 5) !== -1) return true;
          continue;
        }
        if (NOT_A_ROLE_START.has(first.w)) continue;
        if (roleWithin(words, j, 5) !== -1) return true;
      } else if (w === 'i' && (first.w === 'worked' || first.w === 'work') && words[j + 1]?.w === 'in') {
        for (let k = j + 2; k < words.length && k <= j + 4 && words[k].gap < 2; k++) if (FUNCTIONS.has(words[k].w)) return true;
      } else if (w === 'i' && LEAD_VERBS.has(first.w)) {
        for (let k = j + 1; k < words.length && k <= j + 5; k++) {
          if (words[k].gap === 2) break;
          const g = words[k].w;
          if (GROUP_NOUNS.has(g) || (g.endsWith('s') && GROUP_NOUNS.has(g.slice(0, -1)))) return true;
          if (STOP.has(g)) break;
        }
      }
    }
  }
  return false;
}
