// The words that carry the structure of organization names, in the languages coalition letters are signed in.
// All entries are folded (see normaliseName): lower case, no accents.

function mapOf(groups: Record<string, string>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(groups)) {
    map.set(canonical, canonical);
    for (const variant of variants.split(' ')) {
      map.set(variant, canonical);
    }
  }
  return map;
}

/** The kind of organization a word names, by language, mapped to the English word. */
export const TYPE_WORDS: ReadonlyMap<string, string> = mapOf({
  association:
    'associations asociacion associacao associazione associatie verein vereinigung forening foreningen dernegi jemiyiti jamiyiti cemiyeti',
  foundation: 'fundacion fundacao fondazione fondation stiftung stichting vakfi vakif',
  committee:
    'comite comitato komitee komite komiteen komiteti komitet komitesi kommitte kommitten komiteet samiti',
  council: 'conseil consejo consiglio',
  centre: 'center centro zentrum merkezi merkizi centrum',
  union: 'unione birliki birligi birlik',
  society: 'sociedad societe societa gesellschaft',
  institute: 'instituto institut istituto',
  group: 'grupo gruppo groupe gruppe groep',
  movement: 'movimiento movimento mouvement bewegung hareketi',
  project: 'projects proyecto projet projekt',
  network: 'reseau netzwerk',
  alliance: 'alianza alleanza',
  coalition: 'coalicion',
  congress: 'kongress kongresi kurultay qurultiyi qurultay',
  club: 'clubs',
  federation: 'federacion federazione foderation forbund',
  party: 'partido partei parti',
  initiative: 'initiatives iniciativa iniziativa initiativ',
  organization: 'organisation organizations organisations organizacion organizzazione',
  secretariat: 'secretariado',
  league: 'liga ligue lega',
  academy: 'academia akademie akademiya',
  community: 'comunidad communaute comunita',
  friends: 'amigos amis amici freunde venner vanner',
  trust: '',
  fund: 'fonds',
  forum: 'manch',
  watch: '',
  sangha: '',
  database: '',
});

/** Words that begin a name in the languages that put the kind first ("Asociación Cultural Peruano Tibetana"). */
export const START_WORDS: ReadonlySet<string> = new Set(
  (
    'asociacion associacao associazione fundacion fundacao fondazione fondation comite comitato centro casa ' +
    'maison amigos amis amici grupo gruppo groupe movimento movimiento mouvement coordinadora collectif les ' +
    'instituto istituto sociedad societe federacion federazione liga ligue lega partido comunidad communaute'
  ).split(' '),
);

/** Type words that begin a name in French and end one in English: they start a name only after a start word. */
export const AMBIGUOUS_TYPE_WORDS: ReadonlySet<string> = new Set([
  'association',
  'centre',
  'union',
  'federation',
  'institut',
  'organisation',
]);

/** Type words that end a name in the languages that put the kind last ("Uyghur Human Rights Project"). */
export const ENDING_WORDS: ReadonlySet<string> = new Set(
  [...TYPE_WORDS.keys()].filter(
    (word) =>
      TYPE_WORDS.get(word) !== 'friends' && (!START_WORDS.has(word) || AMBIGUOUS_TYPE_WORDS.has(word)),
  ),
);

/** Small words that join the parts of one name; a name neither starts nor ends with one. */
export const CONNECTORS: ReadonlySet<string> = new Set(
  (
    'of for in and the a an on at to with by from against de del des du da do dos das di della e et y und och ' +
    'og af aux au al la le les el los las il van von der den die het det ve we'
  ).split(' '),
);

/** Articles, which may begin a name when capitalised ("Den Norske Uyghur komiteen", "Les Amis du Tibet"). */
export const ARTICLES: ReadonlySet<string> = new Set(
  'the den det die der das les le la el los las il het'.split(' '),
);

/** Words left out when comparing names ("Uyghur Association of Victoria" is "Uyghur Association Victoria"). */
export const STOPWORDS: ReadonlySet<string> = CONNECTORS;

/** Adjectives of a country, by language, mapped to the country's place id (see places.ts). */
export const DEMONYMS: ReadonlyMap<string, string> = mapOf({
  usa: 'american americans',
  australia: 'australian',
  canada: 'canadian',
  uk: 'british',
  netherlands: 'dutch nederlandse',
  norway: 'norwegian norsk norske',
  sweden: 'swedish svenska svensk svenske',
  switzerland: 'swiss schweizer schweizerische suisse',
  germany: 'german deutsche deutscher deutsches',
  france: 'french francais francaise',
  japan: 'japanese nihon',
  denmark: 'danish dansk danske',
  finland: 'finnish suomen',
  italy: 'italian italiana italiano',
  czechia: 'czech czechs cesky ceska ceske',
  ireland: 'irish',
  belgium: 'belgian',
  austria: 'austrian osterreichische',
  spain: 'spanish espanola',
  taiwan: 'taiwanese',
  mexico: 'mexican mexicana mexicano',
  turkey: 'turkish',
  kyrgyzstan: 'kyrgyz',
  europe: 'european',
});

/** English forms among the demonyms: matching through them is not a translation. */
export const ENGLISH_DEMONYMS: ReadonlySet<string> = new Set(
  (
    'american americans australian canadian british dutch norwegian swedish swiss german french japanese danish ' +
    'finnish italian czech czechs irish belgian austrian spanish taiwanese mexican turkish kyrgyz european'
  ).split(' '),
);

/** Other spellings and language forms of the peoples and places letters name, mapped to one spelling. */
export const SPELLINGS: ReadonlyMap<string, string> = mapOf({
  uyghur:
    'uighur uygur uyhur uigur ujgur uiguri uiguren uigurisk uiguriska uigurischer uigurische uigurisches ' +
    'uyghurischer uyghurische uyghurisches ouighour ouigour',
  uyghurs: 'uighurs uygurs uigurs ouighours',
  turkistan: 'turkestan',
  tibetan: 'tibetain tibetaine tibetano tibetana tibetani tibetische tibetisches tibetischer tibetaanse',
  tibet: 'tibete',
  mongolian: 'mongol',
});

// Words only one language uses: a line that changes from one to the other holds two names.
export const ROMANCE_ONLY: ReadonlySet<string> = new Set(
  'de del las los des du da do dos das y derechos direitos droits humanos humanas'.split(' '),
);
export const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  'rights human defenders of for and the people peoples women workers watch network foundation society'.split(
    ' ',
  ),
);
// The words a chapter's name ends with ("Internet Society Catalonia Chapter"): never a name on their own.
export const CHAPTER_WORDS: ReadonlySet<string> = new Set(
  'chapter chapters section branch sektion seccion secao ortsgruppe ortsgruppen local'.split(' '),
);

// The legal forms a name ends with ("Allmende e.V.", "Acme Inc."), folded: a name after one is another name.
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'ev inc ltd llc gmbh ggmbh ag asbl vzw plc llp sarl srl bv nv ong'.split(' '),
);

/**
 * Words a role starts with, when the role names an organization ("Presidente da Associação X", "Liderança do
 * Movimento Negro"): without one, a capitalised organization after the name is a second organization.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'lideranca lider leader president presidente presidenta director directora diretor diretora directeur ' +
    'directrice coordinator coordenador coordenadora coordinador coordinadora coordinatrice member membro miembro ' +
    'membre mitglied chair cochair founder cofounder fundador fundadora fondateur fondatrice grunder ceo secretary ' +
    'secretario secretaria secretaire professor professora profesor profesora professeur researcher investigador ' +
    'investigadora pesquisador pesquisadora chercheur chercheuse activist activista ativista activiste ex former ' +
    'ancien ancienne head spokesperson porta vice executive manager advisor adviser consultant editor editora ' +
    'fellow scholar student estudante estudiante etudiant representative representante'
  ).split(' '),
);

/**
 * Occupations people sign with, folded, in the letters' languages ("regista", "Painter", "Jornalista e
 * Blogueiro", "Insegnante"): after a person's name, with or without a dash, they are the person's role, never a
 * second name. Words for organizations' roles are in ROLE_WORDS.
 */
export const OCCUPATION_WORDS: ReadonlySet<string> = new Set(
  (
    'artist artista artiste kunstler painter pittore pittrice pintor pintora peintre maler malerin sculptor ' +
    'scultore scultrice escultor escultora photographer fotografo fotografa fotografe photographe filmmaker ' +
    'cineasta cineaste realisateur realisatrice regista regisseur regisseurin screenwriter sceneggiatore ' +
    'sceneggiatrice roteirista guionista scenariste drehbuchautor drehbuchautorin scenografo scenografa ' +
    'cenografo cenografa drammaturgo drammaturga dramaturgo dramaturga dramaturge playwright producer ' +
    'produttore produttrice produtor produtora productor productora producteur productrice actor actress ' +
    'attore attrice ator atriz actriz acteur actrice schauspieler schauspielerin performer dancer ballerino ' +
    'ballerina bailarin bailarina danseur danseuse tanzer tanzerin musician musicista musico musicien musiker ' +
    'musikerin composer compositore compositrice compositor compositora compositeur komponist komponistin ' +
    'singer cantante cantora chanteur chanteuse sanger sangerin writer scrittore scrittrice escritor ' +
    'escritora ecrivain ecrivaine schriftsteller schriftstellerin autor autora autore autrice author auteur ' +
    'autorin poet poeta poetessa poete poetin novelist romanziere romanziera romancista novelista romancier ' +
    'romanciere journalist giornalista jornalista periodista journaliste journalistin blogger blogueiro blogueira ' +
    'teacher insegnante docente professore maestra maestro enseignant enseignante lehrer lehrerin ' +
    'nurse infermiere infermiera enfermeiro enfermeira enfermero enfermera infirmier infirmiere ' +
    'professionista direttore direttrice doctor physician medico medica medecin arzt arztin lawyer avvocato avvocata advogado advogada abogado ' +
    'abogada avocat avocate anwalt anwaltin rechtsanwalt rechtsanwaltin jurist juristin historian storico ' +
    'storica historiador historiadora historien historienne historiker historikerin sociologist sociologo ' +
    'sociologa sociologue soziologe soziologin philosopher filosofo filosofa philosophe philosoph ' +
    'philosophin economist economista economiste okonom okonomin architect architetto architetta arquiteto ' +
    'arquiteta arquitecto arquitecta architecte architekt architektin designer curator curatore curatrice ' +
    'curador curadora engineer ingegnere engenheiro engenheira ingeniero ingeniera ingenieur ingenieurin ' +
    'translator traduttore traduttrice tradutor tradutora traductor traductora traducteur traductrice ' +
    'ubersetzer ubersetzerin montatore montatrice editor operator operatore operatrice psychologist psicologo ' +
    'psicologa psychologue psychologe psychologin priest sacerdote prete pfarrer ' +
    'pfarrerin rabbi imam nun suora freira monja impiegato impiegata employee pensionato pensionata pensioner ' +
    'retired retiree aposentado aposentada jubilado jubilada retraite retraitee rentner rentnerin ouvidor ' +
    'ouvidora antropologo antropologa anthropologist anthropologe anthropologin'
  ).split(' '),
);
