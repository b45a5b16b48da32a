/**
 * Evidence for the built-in catalog, in our own words: phrases a story uses when its author's actions show a
 * principle. `strong` phrases name the behaviour itself; `weak` ones only make it likely and count for half.
 * Words are stemmed before matching (see words.ts), so one form of a word covers its inflections; `_` stands
 * for any one word.
 */
export interface Lexicon {
  strong: string[];
  weak: string[];
  /** What interviewers listen for, said to the writer when a story does not show it. */
  listenFor: string;
}

export const AMAZON_EVIDENCE: Readonly<Record<string, Lexicon>> = {
  'Customer Obsession': {
    strong: [
      'customer feedback', 'user feedback', 'client feedback', 'complained', 'complaint', 'complaints', 'pain point', 'biggest pain', 'their pain',
      'customer need', 'what customers', 'what users', 'what clients', 'what patients', 'what guests', 'what they needed', 'what they wanted',
      'customer experience', 'user experience', 'customer satisfaction', 'csat', 'nps', 'net promoter', 'working backwards', 'work backwards',
      'talked to customers', 'spoke to customers', 'called customers', 'interviewed customers', 'interviewed users', 'user research', 'usability',
      'on behalf of', 'for the customer', 'customer trust', 'end users', 'churn', 'accessibility', 'asked customers', 'asked users',
      'asked them what', 'asked what they', 'asked the _ why', 'asked them why', 'what mattered', 'mattered most', 'came back', 'come back', 'recommended us', 'reviews', 'surveyed', 'frustrated', 'frustration', 'who would use', 'people who use',
      'customer', 'client', 'user', 'patient', 'guest', 'passenger', 'shopper', 
    ],
    weak: [
      'buyer', 'caller', 'diner', 'tenant', 'subscriber', 'reader',
      'visitor', 'delegate', 'member', 'resident', 'homeowner', 'applicant', 'player', 'owners', 'families', 'parents', 'survey', 'feedback',
      'satisfaction', 'rating', 'waiting', 'wait', 'anxious', 'scared', 'trust',
    ],
    listenFor: 'a customer (or internal user) whose need, pain or feedback you started from and acted on',
  },
  Ownership: {
    strong: [
      'nobody owned', 'no one owned', 'nobody owns', 'no owner', 'had no owner', "nobody's job", "no one's job", 'not my job', "wasn't my job",
      'was not my job', 'not my responsibility', "wasn't my responsibility", 'outside my role', 'beyond my role', 'outside my remit',
      'not part of my role', 'took ownership', 'took responsibility', 'took it on', 'take it on', 'i took on', 'none of them owned', 'nobody asked me', 'no one asked me', 'offered to lead', 'offered to take', 'took charge', 'stepped up', 'stepped in',
      'volunteered', 'on my own initiative', 'my own time', 'in the gaps', 'fell through the cracks', 'for good', 'permanent fix', 'i owned',
      'nobody else', 'no one else', 'someone else', "someone else's problem", 'unowned', 'orphaned', 'followed up', 'followed through',
      'did not come back', "didn't come back", 'never happened again', 'the rest of', 'as well', 'next time', 'long term', 'offered to', 'i offered',
    ],
    weak: ['ownership', 'owner', 'initiative', 'accountable', 'responsibility', 'weekend', 'handover', 'runbook', 'myself', 'checklist', 'guide', 'nobody', 'no one'],
    listenFor: "a problem you took on beyond your role (or that was nobody's job), acting for the long term",
  },
  'Invent and Simplify': {
    strong: [
      'automated', 'automate', 'automation', 'script', 'macro', 'bot', 'built a tool', 'wrote a tool', 'built a', 'wrote a', 'simplified', 'simplify',
      'simpler', 'simple', 'streamlined', 'new process', 'new way', 'new system', 'new approach', 'redesigned', 'reinvent', 'invented',
      'prototype', 'template', 'self service', 'one click', 'fewer steps', 'removed steps', 'eliminated', 'consolidated', 'instead of manually',
      'by hand', 'came up with', 'designed a', 'reusable', 'single form', 'one form', 'one page', 'one place', 'replaced',
      'idea', 'set up', 'form', 'guide',
    ],
    weak: ['instead of', 'tool', 'design', 'creative', 'innovative', 'innovation', 'rethink', 'manual', 'manually', 'step', 'spreadsheet', 'app', 'workflow', 'pilot', 'new'],
    listenFor: 'a new or simpler way of doing something that you introduced',
  },
  'Are Right, A Lot': {
    strong: [
      'judgment call', 'judgement call', 'made the call', 'trade off', 'tradeoff', 'pros and cons', 'weighed', 'second opinion', 'other views',
      'sought input', 'asked for input', "devil's advocate", 'changed my mind', 'proved me wrong', 'i was wrong', 'hypothesis', 'assumption',
      'split test', 'a b test', 'ab test', 'forecast', 'predicted', 'predict', 'prediction', 'estimated', 'estimate', 'instinct', 'gut',
      'recommended', 'recommendation', 'the data showed', 'evidence', 'validated', 'disprove', 'right call', 'bet', 'chose', 'decided',
      'compared', 'check my', 'checked my', 'to check', 'sure',
    ],
    weak: ['decision', 'data', 'analysis', 'choice', 'judgment', 'judgement', 'risk', 'test', 'confident', 'model', 'accurate', 'accurately'],
    listenFor: 'a judgement call you backed with data or evidence, seeking other views or changing your mind when the facts said so',
  },
  'Learn and Be Curious': {
    strong: [
      '=learned', '=learnt', 'learning how', 'taught myself', 'self taught', 'studied', 'course', 'certification', 'certified', 'read up', 'read about',
      'reading up', 'new skill', 'new domain', 'new language', 'unfamiliar', 'i had never', 'never used', 'never done', 'had ever used',
      'never worked with', 'asked why', 'curious', 'curiosity', 'explored', 'tutorial', 'manuals', 'shadowed', 'sat in on', 'workshop', 'bootcamp',
      'textbook', 'papers', 'wanted to understand', 'to understand why', 'figure out how', 'figured out how', 'teach myself', 'learn the',
      'from scratch', 'what other',
    ],
    weak: ['learn', 'read', 'why', 'explore', 'research', 'understand', 'study', 'experiment', 'basics'],
    listenFor: 'a new skill or domain you learned, or a "why" you chased out of curiosity',
  },
  'Hire and Develop the Best': {
    strong: [
      'mentored', 'mentor', 'mentoring', 'mentee', 'coached', 'coaching', '=trained', '=training', 'taught', 'onboarded', 'onboarding', 'hired',
      'hiring', 'recruited', 'recruiting', 'recruit', 'interviewer', 'interviewers', 'candidates', 'interview loop', 'bar raiser', 'promoted',
      'promotion', 'career', 'development plan', 'growth plan', 'one on one', 'one to one', 'apprentice', 'new hires', 'intern', 'junior',
      'juniors', 'buddy', 'paired with', 'paired each', 'i paired', 'stretch', 'delegated', 'performance review', 'underperforming', 'succession',
      'talent', 'grew into', 'shadow me', 'gave feedback', 'coach', 'on their own', 'on her own', 'on his own', 
    ],
    weak: ['teach', 'skill', 'grow', 'growth', 'confidence', 'newcomer', 'trainee', 'practice', 'watched her', 'watched him', 'watched them'],
    listenFor: 'people you hired, mentored, coached or helped grow, and what became of them',
  },
  'Insist on the Highest Standards': {
    strong: [
      'quality', 'defect', 'refused to', 'would not ship', "wouldn't ship", 'would not sign', "wouldn't let", 'would not let', 'did not release',
      'held the release', 'raised the bar', 'the bar', 'standard', 'standards', 'checklist', 'code review', 'test coverage', 'audit', 'inspection',
      'zero defects', 'error rate', 'errors', 'error', 'mistakes', 'rework', 'regression', 'acceptance criteria', 'definition of done',
      'quality gate', 'postmortem', 'post mortem', 'sign off', 'signed off', 'accuracy', 'qa', 'not good enough', 'redo', 'redid', 'mechanism',
      'consistent', 'consistently', 'root cause', 'compliance', 'caught', 'checked it', 'checked each', 'checked every', 'checked the', 'rule',
      'rulebook', 'stopped the job', 'stopped accepting', 'set myself a target', 'so the next', 'never again', 'corrected', 'correctly', 'inconsistency', 'inconsistencies', 'wrong', 'failed',
    ],
    weak: ['check', 'review', 'test', 'fix', 'accurate', 'bug', 'polish', 'detail', 'guideline', 'validation', 'verify', 'verified', 'safe'],
    listenFor: 'a quality bar you raised or held (a defect you refused to let through, a check or mechanism that keeps quality high)',
  },
  'Think Big': {
    strong: [
      'vision', 'bold', 'ambitious', 'roadmap', 'strategy', 'company wide', 'county wide', 'organisation wide', 'organization wide', 'org wide',
      'across the company', 'across the organisation', 'across the organization', 'across the region', 'across the county', 'across the country',
      'every team', 'all teams', 'every region', 'every store', 'every site', 'every school', 'every business', 'all five',
      'nationwide', 'instead of just', 'rather than just', 'bigger', 'broader', 'whole company', 'whole region', 'whole county',
      'whole country', 'whole industry', 'entire company', 'north star', 'tenfold', '10x', 'multi year', 'three year', 'five year', 
      'reimagined', 'transform', 'transformation', 'rolled out to', 'other stores',
      'other schools', 'the region', 'the district', 'pitched',
    ],
    weak: ['not just', 'entire', 'future', 'expand', 'expanded', 'scale', 'national', 'global', 'proposal', 'proposed', 'leadership', 'platform'],
    listenFor: 'a bolder direction or wider goal you set than the immediate problem asked for',
  },
  'Bias for Action': {
    strong: [
      'quickly', 'immediately', 'right away', 'straight away', 'that night', 'that evening', 'that afternoon', 'that morning', 'same day',
      'same evening', 'within hours', 'within an hour', 'within minutes', 'overnight', "didn't wait", 'did not wait', 'without waiting',
      'rather than wait', 'rather than waiting', 'instead of waiting', 'not want to wait', 'calculated risk', 'reversible', 'could reverse',
      'could undo', 'roll back', 'rolled back', 'rollback', 'quick fix', 'stopgap', 'stop gap', 'hotfix', 'temporary', 'workaround', 'trial',
      'trialled', 'moved fast', 'move fast', 'jumped in', 'on the spot', 'emergency', 'urgent', 'urgency', 'incomplete information',
      'no time to', 'before we had', 'without approval', 'without permission', 'small test', 'the next morning', 'before the',
      'rather than', 'first step', 'in a week', 'before they', 'before it',
    ],
    weak: ['fast', 'quick', 'soon', 'risk', 'risky', 'try', 'experiment', 'tonight', 'today', 'deadline'],
    listenFor: 'a quick, calculated (or reversible) step you took under uncertainty instead of waiting',
  },
  Frugality: {
    strong: [
      'budget', 'cost', 'costs', 'saved money', 'saving', 'savings', 'cheaper', 'cheap', 'free', 'open source', 'reused', 'reuse', 'repurposed',
      'existing tools', 'already had', 'without hiring', 'instead of hiring', 'without buying', 'instead of buying', 'rather than buying',
      'rather than a', 'no extra', 'without extra', 'headcount', 'fewer people', 'shoestring', 'limited resources', 'constraint', 'spend',
      'spending', 'spent', 'expense', 'licence', 'license', 'fees', 'quoted', 'in house', 'negotiated', 'discount', 'fraction of', 'under budget',
      'lean', 'waste', 'wasted', 'donated', 'donation', 'spare', 'leftover', 'second hand', 'refurbished', 'salvaged', 'scrap', 'afford',
      'price', 'prices', 'dollars', 'pounds', 'euros', 'saved', 'no money', 'borrowed', '=bill', '=bills', 'margins', 'run out',
      'at no cost', 'own savings', 
    ],
    weak: ['money', 'save', 'resource', 'limited', 'fuel', 'gas', 'water', 'vendor', 'contractor', 'licensed', 'small', 'less'],
    listenFor: 'doing more with less: a cost, budget, headcount or time you saved, or a tight constraint you worked within',
  },
  'Earn Trust': {
    strong: [
      'admitted', 'admitting', 'apologised', 'apologized', 'apology', 'sorry', 'my mistake', 'my error', 'my miss', 'i was wrong', 'owned up',
      'took the blame', 'candid', 'candidly', 'honest', 'honestly', 'plainly', 'transparent', 'transparency', 'listened', 'trust', 'trusted',
      'rebuilt trust', 'rebuild trust', 'relationship', 'credibility', 'kept my word', 'did what i said', 'promise', 'promised', 'the truth',
      'bad news', 'open about', 'sat down with', 'acknowledged', 'explained the mistake', 'told them', 'told her', 'told him', 'told the',
      'publicly', 'status page', 'kept them informed', 'reassure', 'reassured', 'respect', 'respected', 'skeptical',
      'sceptical', 'angry', 'upset', 'tension', 'conflict', 'their concerns', 'heard', 'face to face', 'in person', 'by name', 'blame',
      'went over his head', 'went over her head', 
    ],
    weak: ['communicate', 'communication', 'update', 'updates', 'explain', 'explained', 'share', 'shared', 'open', 'credit', 'listen'],
    listenFor: 'being candid, admitting a mistake, listening, or repairing or building trust with someone',
  },
  'Dive Deep': {
    strong: [
      'root cause', 'dug into', 'dig into', 'digging', 'drilled down', 'drilled into', 'logs', 'traced', 'tracing', 'trace', 'traces', 'profiled',
      'profiler', 'profiling', 'query', 'sql', 'audited', 'reconciled', 'reconciliation', 'line by line', 'one by one', 'pair by pair',
      'month by month', 'row by row', 'call by call', 'discrepancy', "didn't match", 'did not match', "didn't add up", 'did not add up',
      'anomaly', 'outlier', 'pattern', 'spike', 'clustered', 'analysed', 'analyzed', 'investigated', 'investigation', 'debugged', 'debugging',
      'heap dump', 'stack trace', 'raw', 'sampled', 'sample', 'cross checked', 'cross referenced', 'breakdown', 'broke down', 'broke the',
      'correlated', 'correlation', 'five whys', '5 whys', 'went through every', 'went through each', 'went back through', 'went back over',
      'every record', 'every ticket', 'every transaction', 'every entry', 'pulled every',
      'exported every', 'mapped every', 'matched', 'lined them up', 'turned out', 'the real cause', 'underlying',
      'found that', 'noticed that', 'the cause', 'caused by', 'came from', 'listened to', 'compared', 'grouped', 
    ],
    weak: ['detail', 'details', 'data', 'records', 'report', 'metric', 'numbers', 'figures', 'investigate', 'noticed', 'cause', 'history', 'looked into', 'checked'],
    listenFor: 'details, data or a root cause you dug into that others had missed',
  },
  'Have Backbone; Disagree and Commit': {
    strong: [
      'disagreed', 'disagree', 'disagreement', 'pushed back', 'push back', 'challenged', 'objected', 'objection', 'argued', 'made the case',
      'made my case', 'pressed the case', 'overruled', 'raised concerns', 'my concerns', 'respectfully', 'not convinced', 'unpopular',
      'stood my ground', 'held my ground', 'committed to', 'disagree and commit', 'went along', 'once the decision', 'decision was made',
      'reservations', 'advocated', 'debate', 'debated', 'counter proposal', 'counterproposal', 'said no', 'insisted', 'persuaded', 'persuade',
      'convinced', 'convince', 'i believed', 'wrong call', 'opposed', 'went over his head', 'went over her head', 'still wanted', 'too risky', 'i committed',
    ],
    weak: ['argue', 'concern', 'position', 'proposal', 'against', 'question', 'memo', 'privately', 'wanted'],
    listenFor: 'a respectful disagreement (often with someone senior) where you argued your case, and how you committed once the call was made',
  },
  'Deliver Results': {
    strong: [
      'deadline', 'on time', 'ahead of schedule', 'on schedule', 'launch', 'launched', 'shipped', 'delivered', 'go live', 'went live',
      'met the target', 'hit the target', 'exceeded', 'target', 'milestone', 'despite', 'setback', 'in time', 'due date', 'cutover', 'cut over',
      'behind schedule', 'slipped', 'at risk', 'rescued', 'recovered', 'restored', 'fully back', 'working again', 'achieved', 'the same day', 'ahead of', 'before the', 'by the end', 'by the next', 'by next',
      'weeks left', 'days before', 'weeks before', 'in time for', 'busy season', 'peak season', 'by january', 'by february', 'by march', 'by april', 'by may', 'by june', 'by july', 'by august', 'by september', 'by october', 'by november', 'by december', 'revenue', 'quota', 'sla', 'renewed', 'signed', 'contract', 'won',
    ],
    weak: ['finish', 'finished', 'complete', 'completed', 'schedule', 'goal', 'result', 'closed', 'plan', 'weeks', 'deliver'],
    listenFor: 'an important outcome you delivered despite setbacks or a deadline',
  },
  "Strive to be Earth's Best Employer": {
    strong: [
      'safety', 'safer', 'unsafe', 'injury', 'injured', 'hurt', 'accident', 'burnout', 'burned out', 'burnt out', 'wellbeing', 'well being',
      'morale', 'workload', 'overtime', 'fair', 'fairer', 'fairness', 'unfair', 'inclusive', 'inclusion', 'diversity', 'harassment',
      'psychological safety', 'flexible', 'flexibility', 'parental leave', 'pay equity', 'equal pay', 'gender gap', 'pay gap', 'turnover',
      'attrition', 'resigned', 'quit', 'ergonomic', 'protective', 'ppe', 'breaks', 'rota', 'mental health', 'belonging', 'neurodivergent',
      'disability', 'accommodation', 'exhausted', 'stress', 'stressed', 'sick days', 'pain', 'tired', 'left the team', 'nobody left', 'salaries',
      'staff survey', 'near misses', 'near miss',
    ],
    weak: ['staff', 'employee', 'colleague', 'worker', 'crew', 'team member', 'shift', 'hours', 'attendants', 'drivers', 'nurses'],
    listenFor: 'work you made safer, fairer, more inclusive or better for the people doing it',
  },
  'Success and Scale Bring Broad Responsibility': {
    strong: [
      'environment', 'environmental', 'carbon', 'co2', 'emissions', 'energy', 'sustainability', 'sustainable', 'recycling', 'recycled',
      'recycler', 'recyclable', 'landfill', 'community', 'communities', 'society', 'societal', 'privacy', 'data protection', 'gdpr', 'ethics',
      'ethical', 'bias', 'misuse', 'harm', 'harmful', 'vulnerable', 'elderly', 'pensioners', 'neighbour', 'neighbor', 'neighbourhood',
      'neighborhood', 'charity', 'wider impact', 'downstream', 'unintended', 'responsibly', 'plastic', 'packaging', 'footprint', 'water use',
      'pollution', 'consent', 'personal data', 'residents',
      'families who', 'literacy', 'public',
    ],
    weak: ['impact', 'responsible', 'responsibility', 'world', 'city', 'town', 'local', 'waste', 'families', 'children', 'homes', 'pupils', 'school', 'parents', 'commuters', 'council'],
    listenFor: 'the wider effect of the work on customers, communities, the environment or society, weighed and acted on',
  },
};
