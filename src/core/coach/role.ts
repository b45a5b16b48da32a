import { idList, WordSet } from './vocabulary';
import { Words } from './words';

/**
 * Finds where a story says what the writer's own role was: "as the night-shift lead", "I was the only UX
 * researcher", "my role was...", "I led a team of four". Someone else's role ("as the manager asked",
 * "I hired her as an analyst") and a team's description ("our team of six") are not the writer's.
 */

/** Titles and functions, singular and plural. */
const ROLE_NOUNS = new WordSet(
  'engineer developer programmer manager lead leader head director analyst nurse teacher coordinator intern ' +
    'researcher designer consultant specialist officer supervisor associate assistant representative rep agent ' +
    'technician owner founder cofounder administrator admin scientist accountant auditor clerk chef cook server ' +
    'waiter waitress cashier pharmacist translator interpreter freelancer contractor student volunteer captain ' +
    'sergeant lieutenant corporal editor writer reporter journalist producer planner architect strategist recruiter ' +
    'paralegal lawyer attorney counsel partner principal tutor instructor professor lecturer therapist physician ' +
    'doctor resident medic paramedic driver operator foreman forewoman mechanic electrician plumber buyer ' +
    'merchandiser marketer salesperson seller executive vp president ceo cto cfo coo cio ciso chair chairperson ' +
    'treasurer secretary member steward dispatcher controller bookkeeper economist statistician librarian curator ' +
    'pilot attendant receptionist concierge housekeeper barista bartender baker farmer agronomist inspector ' +
    'surveyor advisor adviser counselor counsellor coach mentor trainer facilitator organizer organiser moderator ' +
    'maintainer pm sre qa tester hire newcomer trainee apprentice fellow postdoc candidate caregiver carer midwife ' +
    'dentist hygienist surgeon clinician psychologist social worker superintendent deputy chief manager shopkeeper ' +
    'landlord realtor broker underwriter actuary teller banker trader investor analyst economist geologist chemist ' +
    'biologist physicist technologist programmer coder dev devops admin sysadmin dba copywriter photographer ' +
    'videographer animator illustrator musician conductor coachman ranger firefighter officer soldier marine sailor ' +
    'airman medic guard cadet ta phd undergraduate graduate grad teammate employee worker staffer hand ' +
    'lifeguard scout captain skipper dj host presenter spokesperson liaison steward stewardess sommelier butcher ' +
    'welder machinist carpenter craftsman installer estimator scheduler storekeeper stocker picker packer loader ' +
    'courier rider commander responder warden marshal nanny vet veterinarian subtitler caseworker optician ' +
    'optometrist radiographer sonographer phlebotomist porter janitor cleaner gardener landscaper florist tailor ' +
    'hairdresser stylist barber dietitian nutritionist physiotherapist physio locum registrar gp zookeeper caretaker ' +
    'archivist historian proofreader columnist choreographer dancer actor headteacher headmaster headmistress ' +
    'invigilator examiner assessor shepherd herdsman beekeeper fisherman deckhand bosun purser signaller lineman ' +
    'rigger scaffolder roofer plasterer decorator glazier tiler bricklayer labourer laborer handyman joiner ' +
    'draughtsman draftsman constable detective investigator coroner magistrate solicitor barrister notary mediator ' +
    'psychotherapist chaplain pastor priest vicar',
);
const ROLE_PLURALS = new WordSet(
  'engineers developers programmers managers leads leaders heads directors analysts nurses teachers coordinators ' +
    'interns researchers designers consultants specialists officers supervisors associates assistants ' +
    'representatives reps agents technicians owners founders cofounders administrators admins scientists ' +
    'accountants auditors clerks chefs cooks servers waiters cashiers pharmacists translators interpreters ' +
    'freelancers contractors students volunteers captains sergeants lieutenants corporals editors writers reporters ' +
    'journalists producers planners architects strategists recruiters paralegals lawyers attorneys counsels ' +
    'partners principals tutors instructors professors lecturers therapists physicians doctors residents medics ' +
    'paramedics drivers operators foremans forewomans mechanics electricians plumbers buyers merchandisers ' +
    'marketers salespersons sellers executives vps presidents ceos ctos cfos coos cios cisos chairs chairpersons ' +
    'treasurers secretarys members stewards dispatchers controllers bookkeepers economists statisticians librarians ' +
    'curators pilots attendants receptionists concierges housekeepers baristas bartenders bakers farmers ' +
    'agronomists inspectors surveyors advisors advisers counselors counsellors coachs mentors trainers facilitators ' +
    'organizers organisers moderators maintainers pms sres qas testers hires newcomers trainees apprentices fellows ' +
    'postdocs candidates caregivers carers midwifes dentists hygienists surgeons clinicians psychologists socials ' +
    'workers superintendents deputys chiefs managers shopkeepers landlords realtors brokers underwriters actuarys ' +
    'tellers bankers traders investors analysts economists geologists chemists biologists physicists technologists ' +
    'programmers coders devs admins sysadmins dbas copywriters photographers videographers animators illustrators ' +
    'musicians conductors coachmans rangers firefighters officers soldiers marines sailors airmans medics guards ' +
    'cadets tas phds undergraduates graduates grads teammates employees workers staffers hands lifeguards ' +
    'scouts captains skippers djs hosts presenters spokespersons liaisons stewards sommeliers butchers welders ' +
    'machinists carpenters craftsmans installers estimators schedulers storekeepers stockers pickers packers ' +
    'loaders couriers riders commanders responders wardens marshals nannys vets caseworkers porters cleaners ' +
    'gardeners stylists dancers actors examiners assessors labourers laborers constables detectives investigators ' +
    // Irregular plurals ("one of six community midwives").
    'midwives secretaries deputies actuaries nannies coaches foremen forewomen salespeople craftsmen airmen ' +
    'firemen policemen fishermen herdsmen draughtsmen draftsmen linemen handymen coachmen chairpeople',
);
/** After "I led", "I managed": how many people, not which team ("I managed three engineers"). */
const PEOPLE = new WordSet('people volunteers staff colleagues reports');

/** "I worked in customer support": a function named after "in". */
const FUNCTIONS = new WordSet(
  'support sales marketing finance hr operations engineering service recruiting recruitment logistics procurement ' +
    'accounting it security design research compliance legal nursing admissions dispatch housekeeping purchasing ' +
    'payroll communications fundraising editorial production maintenance quality qa ops devops infrastructure ' +
    'analytics',
);

/** What a writer leads or runs when saying so states their place: "I led a team of four". */
const GROUP_NOUNS = new WordSet(
  'team crew squad group department unit shift staff office branch store shop ward clinic class platoon division ' +
    'studio chapter practice lab kitchen restaurant warehouse desk function committee board workstream bakery ' +
    'business company startup firm agency cafe café salon site project squadron troop classroom school practice ' +
    'newsroom counter bar till floor farm ranch estate hotel plant factory fleet pub gym pharmacy garage library ' +
    'teams crews squads groups departments units shifts staffs offices branchs stores shops wards clinics classs ' +
    'platoons divisions studios chapters practices labs kitchens restaurants warehouses desks functions committees ' +
    'section sections ' +
    'boards workstreams bakerys businesss companys startups firms agencys cafes cafés salons sites projects ' +
    'squadrons troops classrooms schools practices newsrooms counters bars tills floors farms ranchs estates hotels ' +
    'plants factorys fleets pubs gyms pharmacys garages librarys',
);

const LEAD_VERBS = new WordSet(
  'led lead ran run managed manage supervised supervise headed head oversaw oversee own owned founded cofounded chaired chair captained coached coordinated coordinate',
);
/** "I'd been running the desk for two years": leading as the job itself. */
const LEADING = new WordSet('running leading managing heading supervising overseeing coordinating chairing captaining');
/** After "I'd been teaching", whom: "teaching him to drive" is a favour, "teaching maths" a job. */
const TAUGHT_PERSON = new WordSet('him her them me myself us someone people everyone');
/**
 * Heads of "I was the <...> climber": a word ending like a doer (-er, -or, -ist, -ian) names a job even when no
 * list has it ("cataloguer", "arborist"), but these end so and are not jobs.
 */
const NOT_AN_AGENT = new Set(
  (
    'other another number center centre matter order error answer power water paper corner border winner loser ' +
    'better bigger faster slower older younger newer stronger harder longer greater smaller larger closer higher ' +
    'lower later further farther sooner quieter wider deeper clearer safer shorter cheaper smarter louder tougher ' +
    'weaker fewer lesser latter former upper inner outer under over after ever never whatever together rather ' +
    'major minor senior junior prior interior exterior superior inferior factor sector mirror terror horror ' +
    'favour favor honour honor colour color labour labor humour humor behaviour behavior neighbour neighbor ' +
    'christian asian indian italian median guardian civilian fist list mist twist gist'
  ).split(' '),
);
const AGENT_ENDING = /(?:[^i]er|or|ist|ian)$/;

/** Forms of "be" (and "became") after "I": what follows says who the writer was. */
const BE = new WordSet('was am became become remained');
/** After "I was", these say what happened to the writer, not who they were. */
const NOT_A_ROLE_START = new WordSet(
  'asked told given sent assigned invited able worried concerned sure not never about going trying working with to in on at by for from that so too very',
);
/** Words that end the short window a role is looked for in. */
const STOP = new WordSet('and but or who which that when while because so to with by for from at i we they he she');
/** "as the manager asked": the role belongs to whoever does the verb. */
const OTHERS_VERBS = new WordSet(
  'asked said wanted requested suggested noted told explained pointed had did was were would could put insisted expected needed decided put saw',
);
/** "hired her as", "treat them as", "as soon as": the role is someone else's, or "as" is not about a role. */
const OBJECTS = new WordSet(
  'him them someone somebody anyone people it this that such same well soon long much many far good quickly often',
);
/** "I was promoted to team lead", "I was hired as a buyer". */
const PROMOTED = new WordSet('promoted appointed elected hired made named brought taken');
// Plain numbers, compared on every word.
const [
  W_AS,
  W_MY,
  W_OUR,
  W_I,
  W_I_M,
  W_I_VE,
  W_I_D,
  W_HAD,
  W_HAVE,
  W_BEEN,
  ,
  W_TITLE,
  ,
  ,
  ,
  W_JOB,
  W_RESPONSIBLE,
  W_ACCOUNTABLE,
  W_IN,
  W_CHARGE,
  W_TO,
  W_CO,
  W_WORKED,
  W_WORK,
  W_TEACH,
  W_IM,
  W_ONE,
  W_OF,
  W_THE,
  W_A,
  W_AN,
  W_AND,
  W_TEACHING,
] = idList(
  "as my our i i'm i've i'd had have been role title position post capacity job responsible accountable in charge to co worked work teach im one of the a an and teaching",
);
const POSSESSED = new WordSet('role title position post capacity');

/** Words a statement of role can start at: every other word is passed over at once. */
const TRIGGERS = new WordSet("as my our i i'm i've i'd im");

function isRole(id: number): boolean {
  return ROLE_NOUNS.has(id) || ROLE_PLURALS.has(id);
}

/** Index of a role noun within `span` words after `from` (no sentence end, no stop word before it), or -1. */
function roleWithin(t: Words, from: number, span: number): number {
  let end = from + span;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] === 2) return -1;
    // "on-call", "bank's": a compound is one word of the window.
    if (k > from && t.joined[k] === 1) end++;
    const id = t.form[k];
    if (isRole(id)) return k;
    // "German-to-English translator": a stop word inside a compound does not end the phrase.
    if (STOP.has(id) && t.joined[k] === 0 && (k + 1 >= t.count || t.joined[k + 1] === 0)) return -1;
  }
  return -1;
}

/**
 * Every statement of role the finder accepts starts with one of these: a native scan of the text, far cheaper
 * than reading its words, tells which sections cannot hold one. Alternatives only, so it stays linear.
 */
export const MAY_STATE_ROLE =
  /\bas\b|\bim\b|\b(?:my|our)\s+(?:role|title|position|post|capacity|job)\b|\bi(?:['’](?:m|ve|d)\b|\s+(?:am|was|became|become|remained|stayed|had|have|led|lead|ran|run|managed|manage|supervised|supervise|headed|head|oversaw|oversee|own|owned|founded|cofounded|co-founded|chaired|chair|captained|coached|coordinated|coordinate|teach|worked|work)\b)/i;

/**
 * "I was the junior cataloguer in ...", "i was the climber that day": after a form of "be" and an article, a noun
 * phrase of at most four words whose last word ends like a doer, followed by where or when (or nothing).
 */
function agentAfterArticle(t: Words, text: string, from: number): boolean {
  let end = from + 4;
  for (let k = from; k < t.count && k < end; k++) {
    if (k > from && t.gap[k] > 0) return false;
    if (k > from && t.joined[k] === 1) end++;
    if (STOP.has(t.form[k])) return false;
    const next = k + 1;
    const boundary = next >= t.count || t.gap[next] > 0 || STOP.has(t.form[next]) || FRAGMENT_NEXT.has(t.form[next]);
    if (!boundary || (next < t.count && t.joined[next] === 1)) continue;
    const word = text.slice(t.start[k], t.end[k]).toLowerCase();
    return AGENT_ENDING.test(word) && !NOT_AN_AGENT.has(word);
  }
  return false;
}

/** Whether the words (of `text`, which the doer-ending check reads) say what the writer's role was. */
export function statesRole(t: Words, text?: string): boolean {
  const n = t.count;
  const f = t.form;
  for (let i = 0; i < n; i++) {
    const w = f[i];
    if (t.gap[i] === 2 && roleFragmentAt(t, i)) return true;
    if (!TRIGGERS.has(w)) continue;
    const hasNext = i + 1 < n && t.gap[i + 1] < 2;
    if (w === W_AS && hasNext) {
      if (i > 0 && t.gap[i] === 0 && OBJECTS.has(f[i - 1])) continue;
      if (OBJECTS.has(f[i + 1])) continue;
      const k = roleWithin(t, i + 1, 6);
      if (k !== -1) {
        if (k + 1 < n && t.gap[k + 1] === 0 && OTHERS_VERBS.has(f[k + 1])) continue;
        // "the same work as employees": a plural names a group the writer may not be in.
        if (!ROLE_NOUNS.has(f[k]) && !(f[i + 1] === W_ONE && f[i + 2] === W_OF)) continue;
        return true;
      }
    } else if (
      (w === W_MY || w === W_OUR) &&
      hasNext &&
      (POSSESSED.has(f[i + 1]) || (f[i + 1] === W_JOB && (f[i + 2] === W_AS || f[i + 2] === W_TITLE)))
    ) {
      return true;
    } else if (w === W_I || w === W_I_M || w === W_IM || w === W_I_VE || w === W_I_D) {
      if (!hasNext) continue;
      // Where what is said of the writer starts, and whether it follows a form of "be" ("im": "I'm" typed fast).
      let j = i + 1;
      let be = w === W_I_M || w === W_IM;
      if ((w === W_I_VE || w === W_I_D) && f[j] === W_BEEN) {
        be = true;
        j++;
      } else if (w === W_I && (f[j] === W_HAD || f[j] === W_HAVE) && f[j + 1] === W_BEEN) {
        be = true;
        j += 2;
      } else if (w === W_I && BE.has(f[j])) {
        be = true;
        j++;
      }
      // "co-founded" is one verb.
      if (w === W_I && f[j] === W_CO && t.joined[j + 1] === 1) j++;
      if (j >= n || t.gap[j] === 2) continue;
      const first = f[j];
      if (be) {
        if (first === W_RESPONSIBLE || first === W_ACCOUNTABLE || (first === W_IN && f[j + 1] === W_CHARGE)) return true;
        if (PROMOTED.has(first)) {
          const k = f[j + 1] === W_TO || f[j + 1] === W_AS ? j + 2 : j + 1;
          if (roleWithin(t, k, 5) !== -1) return true;
          continue;
        }
        if (NOT_A_ROLE_START.has(first)) continue;
        if (LEADING.has(first) && leadsGroup(t, j)) return true;
        if (first === W_TEACHING && j + 1 < n && t.gap[j + 1] === 0 && !TAUGHT_PERSON.has(f[j + 1])) return true;
        if (text !== undefined && (first === W_THE || first === W_A || first === W_AN) && agentAfterArticle(t, text, j + 1)) return true;
        // "I was one of three accounts payable clerks": the role noun comes after the count.
        if (first === W_ONE && f[j + 1] === W_OF && roleWithin(t, j + 2, 6) !== -1) return true;
        if (roleWithin(t, j, 6) !== -1) return true;
      } else if (w === W_I && (first === W_WORKED || first === W_WORK) && f[j + 1] === W_IN) {
        for (let k = j + 2; k < n && k <= j + 4 && t.gap[k] < 2; k++) if (FUNCTIONS.has(f[k])) return true;
      } else if (w === W_I && first === W_TEACH) {
        // "I teach Year 4": the present tense of a job, not "I taught her to...".
        return true;
      } else if (w === W_I && LEAD_VERBS.has(first)) {
        if (leadsGroup(t, j)) return true;
      }
    }
  }
  return false;
}

/**
 * "I led a team of four", "I own and run a small business": within five words of the verb at `verb`, a group or
 * people led. "own and run" are one verb.
 */
function leadsGroup(t: Words, verb: number): boolean {
  const f = t.form;
  let from = verb;
  if (f[from + 1] === W_AND && LEAD_VERBS.has(f[from + 2]) && t.gap[from + 1] === 0 && t.gap[from + 2] === 0) from += 2;
  for (let k = from + 1; k < t.count && k <= from + 5; k++) {
    if (t.gap[k] === 2) break;
    if (GROUP_NOUNS.has(f[k]) || ROLE_PLURALS.has(f[k]) || PEOPLE.has(f[k])) return true;
    if (STOP.has(f[k])) break;
  }
  return false;
}

/** Role nouns that start many a sentence about someone else ("Member of the public...", "Host families..."). */
const NOT_A_FRAGMENT = new WordSet('member resident hand host hire fellow candidate student guard chair');
/** What may follow the role noun of a fragment: where or for whom the writer did the job. */
const FRAGMENT_NEXT = new WordSet('at on in for of with');
/** Words that make the start of a sentence about something else than the writer's job. */
const NOT_A_MODIFIER = new WordSet('the a an my our his her their this that these those its your');

/**
 * Notes written as fragments state a role without "I": "- contract QA tester on a console game", "Leading chef,
 * frigate". A sentence that opens (within four words, no article or possessive) on a role noun followed by
 * where the job was (at, on, in, for, of, with) or by a comma or the sentence's end.
 */
function roleFragmentAt(t: Words, i: number): boolean {
  const f = t.form;
  for (let k = i; k < t.count && k < i + 4; k++) {
    if (k > i && t.gap[k] === 2) return false;
    const id = f[k];
    if (ROLE_NOUNS.has(id) && !NOT_A_FRAGMENT.has(id)) {
      const next = k + 1;
      // "QA tester", "shift lead": the last noun of the title is the one to look past.
      if (next < t.count && t.gap[next] === 0 && ROLE_NOUNS.has(f[next])) continue;
      return next >= t.count || t.gap[next] > 0 || FRAGMENT_NEXT.has(f[next]);
    }
    if (NOT_A_MODIFIER.has(id) || STOP.has(id) || TRIGGERS.has(id)) return false;
  }
  return false;
}
