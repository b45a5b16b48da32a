import { WordSet } from './vocabulary';

/** The word lists the role finder (role.ts) reads: titles, groups led, and the words that rule a reading out. */

/** Titles and functions, singular and plural. */
export const ROLE_NOUNS = new WordSet(
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
    'psychotherapist chaplain pastor priest vicar sub subeditor locksmith blacksmith farrier thatcher stonemason ' +
    'mason cobbler jeweller jeweler watchmaker upholsterer saddler signwriter curate rector deacon verger imam rabbi ' +
    'adi chiropodist podiatrist osteopath chiropractor manicurist beautician croupier usher projectionist stagehand ' +
    'artist minder childminder boss handler tech bursar postie postman postwoman postmaster postmistress harbourmaster ' +
    'harbormaster greenkeeper groundsman groundskeeper negotiator sweep fireman firewoman auctioneer listener ' +
    'trustee churchwarden reservist bombardier gunner sapper trooper sdr bdr csm tpm rn hca nqt sde sparky councillor ' +
    'councilor governor operative pcso referee umpire',
);
export const ROLE_PLURALS = new WordSet(
  'engineers developers programmers managers leads leaders heads directors analysts nurses teachers coordinators ' +
    'interns researchers designers consultants specialists officers supervisors associates assistants ' +
    'representatives reps agents technicians owners founders cofounders administrators admins scientists ' +
    'accountants auditors clerks chefs cooks servers waiters cashiers pharmacists translators interpreters ' +
    'governors councillors operatives freelancers contractors students volunteers captains sergeants lieutenants corporals editors writers reporters ' +
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
    'firemen policemen fishermen herdsmen draughtsmen draftsmen linemen handymen coachmen chairpeople ' +
    'locksmiths blacksmiths farriers thatchers stonemasons masons cobblers jewellers jewelers upholsterers curates ' +
    'rectors deacons imams rabbis adis chiropodists podiatrists osteopaths beauticians ushers projectionists stagehands ' +
    'chaplains pastors priests vicars artists minders childminders bosses handlers techs bursars posties postmen staff ' +
    'postwomen postmasters greenkeepers groundsmen groundskeepers negotiators sweeps auctioneers',
);
/** After "I led", "I managed": how many people, not which team ("I managed three engineers"). */
export const PEOPLE = new WordSet('people volunteers staff colleagues reports');

/** "I worked in customer support": a function named after "in". */
export const FUNCTIONS = new WordSet(
  'support sales marketing finance hr operations engineering service recruiting recruitment logistics procurement ' +
    'accounting it security design research compliance legal nursing admissions dispatch housekeeping purchasing ' +
    'payroll communications fundraising editorial production maintenance quality qa ops devops infrastructure ' +
    'analytics technology transport control harvest',
);

/** What a writer leads or runs when saying so states their place: "I led a team of four". */
export const GROUP_NOUNS = new WordSet(
  'team crew squad group department unit side section laundry canteen mailroom stockroom shift staff office branch store shop ward clinic class platoon division ' +
    'studio chapter practice lab kitchen restaurant warehouse desk function committee board workstream bakery ' +
    'business company startup firm agency cafe café salon site project squadron troop classroom school practice ' +
    'newsroom counter bar till floor farm ranch estate hotel plant factory fleet pub gym pharmacy garage library org orgs ' +
    'teams crews squads groups departments units shifts staffs offices branchs stores shops wards clinics classs ' +
    'platoons divisions studios chapters practices labs kitchens restaurants warehouses desks functions committees ' +
    'section sections bench benches vineyard vineyards orchard orchards winery dairy depot depots yard yards kennels stables ' +
    'nursery nurseries hostel hostels takeaway takeaways truck trucks stall stalls kiosk kiosks ' +
    'guesthouse guesthouses inn inns lodge lodges motel motels homestay homestays campsite campsites ' +
    // A business one person runs: "I own a small upholstery workshop", "I run my own ice cream van".
    // "workshops" in the plural are sessions held ("I ran six Saturday workshops"), not businesses.
    'workshop van vans boat boats vertical verticals association associations society societies trawler trawlers surgery surgeries boutique boutiques parlour parlours ' +
    'parlor parlors brewery breweries distillery distilleries forge forges barbershop barbershops bookshop bookshops ' +
    'boards workstreams bakerys businesss companys startups firms agencys cafes cafés salons sites projects ' +
    'squadrons troops classrooms schools practices newsrooms counters bars tills floors farms ranchs estates hotels ' +
    'plants factorys fleets pubs gyms pharmacys garages librarys',
);

export const LEAD_VERBS = new WordSet(
  'led lead ran run managed manage supervised supervise headed head oversaw oversee own owned founded cofounded chaired chair captained captain coached coach coordinated coordinate command commanded',
);
/** "I'd been running the desk for two years": leading as the job itself. */
export const LEADING = new WordSet('running leading managing heading supervising overseeing coordinating chairing captaining commanding');
/** After "I'd been teaching", whom: "teaching him to drive" is a favour, "teaching maths" a job. */
export const TAUGHT_PERSON = new WordSet('him her them me myself us someone people everyone');
/**
 * Heads of "I was the <...> climber": a word ending like a doer (-er, -or, -ist, -ian) names a job even when no
 * list has it ("cataloguer", "arborist"), but these end so and are not jobs.
 */
export const NOT_AN_AGENT = new Set(
  (
    'for or nor per learner passenger speaker member believer supporter other another number center centre matter order error answer power water paper corner border winner loser ' +
    'better bigger faster slower older younger newer stronger harder longer greater smaller larger closer higher ' +
    'lower later further farther sooner quieter wider deeper clearer safer shorter cheaper smarter louder tougher ' +
    'weaker fewer lesser latter former upper inner outer under over after ever never whatever together rather ' +
    'major minor senior junior prior interior exterior superior inferior factor sector mirror terror horror ' +
    'favour favor honour honor colour color labour labor humour humor behaviour behavior neighbour neighbor ' +
    'christian asian indian italian median guardian civilian fist list mist twist gist amateur grandeur liqueur hauteur ' +
    // Words and things that only end like a doer: "Guesthouses phone her", "Imported butter, cream and chocolate".
    'her either neither whether however whenever wherever forever offer butter leather timber rubber copper silver ' +
    'pepper cider lager beer flower powder fibre fiber plaster filter container trailer tractor motor sensor ' +
    'heater boiler freezer cooler radiator generator elevator escalator calculator'
  ).split(' '),
);
export const AGENT_ENDING = /(?:[^i]er|or|ist|ian|eur|[dts]ora)$/;

/** Between "I'd" and "been": "I'd just been made ...". */
export const ADVERBS = new WordSet('just only recently already newly then since also');
/** Forms of "be" (and "became") after "I": what follows says who the writer was. */
export const BE = new WordSet('was am became become remained');
/** After "I was", these say what happened to the writer, not who they were. */
export const NOT_A_ROLE_START = new WordSet(
  'asked told given sent assigned invited able worried concerned sure not never about going trying working with to in on at by for from that so too very treated mistaken',
);
/** Words that end the short window a role is looked for in. */
export const STOP = new WordSet('and but or who which that when while because so to with by for from at i we they he she');
/** After the "and" of a title ("a speech and language therapist"), words that start another noun phrase instead. */
export const TITLE_BREAKERS = new WordSet('the a an my our his her their its this that these those i we he she they it you me him them us');
/** "as the manager asked": the role belongs to whoever does the verb. */
export const OTHERS_VERBS = new WordSet(
  'asked said wanted requested suggested noted told explained pointed had did was were would could put insisted expected needed decided put saw',
);
/** "The farm made me team leader": verbs by which others give the writer a post. */
export const MADE = new WordSet('made appointed named elected promoted');
/** "my first job was ...", "my Saturday job as ...": a word between "my" and "job". */
export const JOB_KINDS = new WordSet('first second new current old last summer saturday weekend holiday proper day evening night');
/** "I work on the service desk", "I worked on the wards": places one works at as a post (not "on the project"). */
export const POSTS_ON = new WordSet(
  'desk desks ward wards line lines till tills checkout checkouts counter reception door doors patrol beat tools',
);
/** "the most junior of three": a rank of seniority, before a number of people. */
export const SENIORITY = new WordSet('junior senior newest');
export const NUMBER_WORDS = new WordSet('two three four five six seven eight nine ten');
/** "I moved into an implementation consultant role": verbs of taking up a post named with "role" or "job". */
export const TOOK_POST = new WordSet('moved stepped took started accepted landed');
export const INTO = new WordSet('into in on over up');
/** "my summer internship": a post in itself. */
export const PLACEMENTS = new WordSet('internship apprenticeship placement traineeship residency clerkship secondment');
/** "the team lead role": the noun after a title that makes it a post. */
export const POST_NOUNS = new WordSet('role position post job');
/** What an engineer owns as a post: "I owned the billing service". */
export const SYSTEMS = new WordSet(
  'service services system systems platform pipeline codebase app api stack suite forecast forecasts roadmap backlog',
);
/** Titles that are common nouns too ("as a guide"): a post only after the writer's job verb ("I worked as a tour guide"). */
export const HELD_TITLES = new WordSet('guide temp sub runner');
/** Group nouns that are also sessions: "a workshop on accessibility". */
export const SESSIONS = new WordSet('workshop workshops');
export const TOPIC_NEXT = new WordSet('on about for with');
/** "I teach myself": the writer is the one taught. */
export const REFLEXIVES = new WordSet('myself me himself herself themselves ourselves');
/** "I work the bar at a music venue": a post worked, after "work the". */
export const POSTS_WORKED = new WordSet('bar door doors gate till tills floor counter desk pass grill line kitchen reception bench');
/** After a title word, things named for people of that job ("a student meal", "staff parking"): no role then. */
export const THINGS_FOR = new WordSet(
  'meal meals price prices discount discounts rate rates loan loans card cards id visa visas union council ' +
    'accommodation housing fee fees ticket tickets pass passes account accounts handbook uniform uniforms parking room ' +
    'rooms lounge station stations seat seats entrance portal login badge badges allowance rota',
);
/** "hired her as", "treat them as", "as soon as": the role is someone else's, or "as" is not about a role. */
export const OBJECTS = new WordSet(
  'him them someone somebody anyone people it this that such same well soon long much many far good quickly often',
);
/** "I was promoted to team lead", "I was hired as a buyer". */
export const PROMOTED = new WordSet('promoted appointed elected hired made named brought taken bumped');
/** "I stepped up to ...", "I moved up from ...": a change of post, with "up". */
export const STEPPED = new WordSet('stepped moved');
/** Leading in the present tense: "I manage the post-harvest on the farm" is a job, not a one-off task. */
export const PRESENT_LEAD = new WordSet('lead run manage supervise head oversee coordinate');
/**
 * Verbs that name the writer's trade or post: "I DJ weddings", "I tutor maths", "I farm 300 acres", "I referee
 * under-12s football", "I interned at a consultancy".
 */
export const PRESENT_TRADES = new WordSet('dj tutor nanny babysit freelance farm referee umpire interned temped');
/** "I drive for a courier firm", "I pick for a contractor": the present tense with "for" is the job. */
export const WORK_FOR = new WordSet('drive pick');
/** "I've had my own cleaning round since 2018": a one-person business, after "my own". */
export const OWN_BUSINESS = new WordSet('round rounds business practice company');

/** Role nouns that start many a sentence about someone else ("Member of the public...", "Host families..."). */
export const NOT_A_FRAGMENT = new WordSet('member resident hand host hire fellow candidate student guard chair');
/** What may follow the role noun of a fragment: where or for whom the writer did the job. */
export const FRAGMENT_NEXT = new WordSet('at on in for of with attached assigned posted seconded based grade band level');
/** Words that make the start of a sentence about something else than the writer's job. */
// "Green: any trained volunteer": a quantifier makes the noun anyone's, not the writer's.
export const NOT_A_MODIFIER = new WordSet(
  'the a an my our his her their this that these those its your any every each all no some other another',
);

/** "My role was ...", "our title": nouns that, possessed, introduce the writer's role. */
/** "my designation was Junior Analyst": Indian English for the title of one's post. */
export const POSSESSED = new WordSet('role title position post capacity designation');
/** Possessed nouns that after "our" are more often a place or the mail: "we called in our position". */
export const PLACES_TOO = new WordSet('position post');

/** Words a statement of role can start at: every other word is passed over at once. */
export const TRIGGERS = new WordSet("as my our i i'm i've i'd im ive one who me freelance being having yo");
/** "I was the most junior of the three engineers": a rank among people of a job, before "of". */
export const RANKS = new WordSet('most least junior senior youngest oldest newest only longest serving first last');
/** "my third year as ...", "my eleventh season running ...": how long the writer has held a post. */
export const ORDINALS = new WordSet(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
    'sixteenth seventeenth eighteenth nineteenth twentieth',
);
export const TERMS_OF_SERVICE = new WordSet('year season summer winter term stint month week');
/** "I worked as a lettings negotiator": verbs of holding a job, after which "as a <doer>" is the writer's post. */
export const JOB_VERBS = new WordSet('worked work works working employed hired started joined served volunteered volunteer');
/** "The four of us reported to me": people reporting to the writer. Not after a form of "be" ("it was reported to me"). */
export const REPORT_VERBS = new WordSet('reported report reports');
export const PASSIVE_BE = new WordSet('was were been is are be being');
/** A line that opens "Role:" or "Position:" in notes states the role on what follows. */
export const ROLE_LABELS = new WordSet('role position');

/** "a one-woman practice": the word after "one-" that makes working alone a position. */
export const ONE_PERSON = new WordSet('man woman person');
/** "I've been nursing for 11 years" names a trade; these -ing words name none. */
export const NOT_A_TRADE = new WordSet(
  'working trying doing going waiting thinking looking living using helping getting coming staying running leading ' +
    'managing struggling hoping planning learning studying meaning wanting feeling asking telling saying talking',
);

/**
 * Every statement of role the finder accepts starts with one of these: a native scan of the text, far cheaper
 * than reading its words, tells which sections cannot hold one. Alternatives only, so it stays linear.
 */
export const MAY_STATE_ROLE =
  /\bas\b|\bwho\s+work(?:s|ed)?\s+for\s+me\b|\b(?:gave|given|offered)\s+me\s+the\b|\bim\b|\bive\b|\bone\s+of\b|\byears\s+an?\b|\b(?:my|our)\s+(?:role|title|position|post|capacity|designation|job|work)\b|\bi(?:['’](?:m|ve|d)\b|\s+(?:am|was|became|become|remained|stayed|had|have|led|lead|ran|run|managed|manage|supervised|supervise|headed|head|oversaw|oversee|own|owned|founded|cofounded|co-founded|chaired|chair|captained|coached|coordinated|coordinate|command|commanded|teach|worked|work|stepped|moved|got|dj|tutor|nanny|babysit|freelance|used|drive|look|looked|coach|captain|interned|temped|farm|referee|umpire|pick|took)\b)|\bfreelance\s+basis\b|\byo\s+(?:era|soy|fui)\b|\bbeing\b|\bhaving\b|\b(?:elected|appointed|promoted|promotion)\b|\b(?:me|i),\s|\b(?:title|badge|living|trade|employed)\b|=\s*me\b/i;
