// Generic agents ("officials", "troops", "protesters") and office titles ("prime minister"):
// the words that turn a country or demonym into an actor with a sector.

/** Plural or singular agent noun (lower case) -> PLOVER sector. */
export const AGENT_SECTORS: Record<string, string> = {
  official: 'GOV', officials: 'GOV', government: 'GOV', authorities: 'GOV', authority: 'GOV', administration: 'GOV',
  minister: 'GOV', ministers: 'GOV', ministry: 'GOV', diplomat: 'GOV', diplomats: 'GOV', envoy: 'GOV', envoys: 'GOV',
  ambassador: 'GOV', embassy: 'GOV', cabinet: 'GOV', leaders: 'GOV', leader: 'GOV', leadership: 'GOV', regime: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', spokesperson: 'GOV',
  forces: 'MIL', force: 'MIL', 'government forces': 'MIL', 'pro-government forces': 'UAF', troops: 'MIL', troop: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL', military: 'MIL',
  navy: 'MIL', 'air force': 'MIL', warplanes: 'MIL', warplane: 'MIL', jets: 'MIL', 'fighter jets': 'MIL', tanks: 'MIL', tank: 'MIL',
  drones: 'MIL', drone: 'MIL', predator: 'MIL', predators: 'MIL', reaper: 'MIL', reapers: 'MIL', helicopters: 'MIL', helicopter: 'MIL', gunships: 'MIL', 'helicopter gunships': 'MIL',
  bombers: 'MIL', missiles: 'MIL', missile: 'MIL', 'cruise missiles': 'MIL', submarine: 'MIL', submarines: 'MIL', frigate: 'MIL', 'f-16s': 'MIL', artillery: 'MIL', warships: 'MIL', warship: 'MIL', 'armed forces': 'MIL', commanders: 'MIL', commander: 'MIL',
  generals: 'MIL', general: 'MIL', 'defence forces': 'MIL', 'defense forces': 'MIL', 'security forces': 'COP', sailors: 'MIL', marines: 'MIL', 'ground forces': 'MIL', strikes: 'MIL', airstrikes: 'MIL', 'air strikes': 'MIL',
  police: 'COP', policemen: 'COP', 'police officers': 'COP', officers: 'COP', 'border guards': 'COP', 'border police': 'COP', 'riot police': 'COP', gendarmes: 'COP',
  militants: 'REB', militant: 'REB', rebels: 'REB', rebel: 'REB', insurgents: 'REB', insurgent: 'REB', fighters: 'REB', jihadists: 'REB', jihadist: 'REB', guerrillas: 'REB', separatists: 'REB', terrorists: 'REB',
  militias: 'UAF', militia: 'UAF', militiamen: 'UAF', gunmen: 'UAF', gunman: 'UAF', 'armed men': 'UAF', attackers: 'UAF', assailants: 'UAF',
  protesters: 'CVL', protestors: 'CVL', demonstrators: 'CVL', protester: 'CVL', civilians: 'CVL', civilian: 'CVL', residents: 'CVL', villagers: 'CVL',
  people: 'CVL', citizens: 'CVL', refugees: 'REF', refugee: 'REF', migrants: 'REF', children: 'CVL', women: 'CVL', students: 'EDU', workers: 'LAB',
  journalists: 'MED', journalist: 'MED', reporters: 'MED', lawmakers: 'LEG', lawmaker: 'LEG', parliament: 'LEG', legislators: 'LEG', senators: 'LEG', mps: 'LEG',
  judges: 'JUD', court: 'JUD', prosecutors: 'JUD', 'intelligence': 'SPY', spies: 'SPY', 'intelligence officials': 'SPY', 'intelligence agency': 'SPY',
  opposition: 'OPP', 'opposition leader': 'OPP', activists: 'ACT', activist: 'ACT', 'aid workers': 'NGO', doctors: 'MED', medics: 'MED', 'health officials': 'HLH',
  hostages: 'CVL', hostage: 'CVL', prisoners: 'CVL', detainees: 'CVL', settlers: 'CVL', pilgrims: 'CVL', worshippers: 'CVL', farmers: 'AGR', businessmen: 'BUS', companies: 'BUS',
  'prime minister': 'GOV', president: 'GOV', 'foreign minister': 'GOV', 'defence minister': 'GOV', 'defense minister': 'GOV',
};

/** AGENT_SECTORS as a map: a lookup by a fresh string needs no property-name interning, and "constructor" is no key. */
const SECTOR_OF = new Map(Object.entries(AGENT_SECTORS));

/** The sector of an agent noun or phrase, if it is one. */
export function agentSector(noun: string): string | undefined {
  return SECTOR_OF.get(noun);
}

/** Agent nouns that also name a single person ("soldier", "official"): kind person rather than group. */
const SINGULAR = new Set(['official', 'minister', 'diplomat', 'envoy', 'ambassador', 'leader', 'soldier', 'commander', 'general', 'militant', 'rebel', 'insurgent', 'gunman', 'jihadist', 'protester', 'civilian', 'refugee', 'journalist', 'lawmaker', 'activist', 'hostage', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister']);

const ORGANIZATIONS = new Set(['government', 'administration', 'ministry', 'embassy', 'cabinet', 'leadership', 'regime', 'army', 'military', 'navy', 'air force', 'armed forces', 'police', 'border police', 'parliament', 'court', 'intelligence', 'intelligence agency', 'opposition']);

export function agentKind(noun: string): 'person' | 'group' | 'organization' {
  if (SINGULAR.has(noun)) return 'person';
  return ORGANIZATIONS.has(noun) ? 'organization' : 'group';
}

/** Office titles (lower case) -> role code of data/actors.txt terms. */
export const TITLE_ROLES: Record<string, string> = {
  president: 'HOS', king: 'HOS', queen: 'HOS', emir: 'HOS', sultan: 'HOS', monarch: 'HOS', 'crown prince': 'CP', 'supreme leader': 'SL',
  'prime minister': 'HOG', pm: 'HOG', premier: 'HOG', chancellor: 'HOG', taoiseach: 'HOG', 'vice president': 'VP',
  'secretary-general': 'SG', 'secretary general': 'SG', chief: 'SG', 'army chief': 'CMD', 'military chief': 'CMD', 'chief of staff': 'CMD', 'commander-in-chief': 'CMD',
  'foreign minister': 'FM', 'foreign secretary': 'FM', 'secretary of state': 'FM', 'minister of foreign affairs': 'FM', 'foreign affairs minister': 'FM', 'top diplomat': 'FM',
  'defence minister': 'DM', 'defense minister': 'DM', 'defence chief': 'DM', 'defense chief': 'DM', 'defence secretary': 'DM', 'defense secretary': 'DM', 'secretary of defense': 'DM', 'minister of defence': 'DM', 'minister of defense': 'DM', 'war minister': 'DM', 'secretary of war': 'DM',
};

const TITLES = new Set(Object.keys(TITLE_ROLES));

/** Whether `key` is an office title of TITLE_ROLES. */
export function isTitle(key: string): boolean {
  return TITLES.has(key);
}
