"""Word lists for finding speakers in news English: cue verbs, titles, role nouns, name evidence.

General newsroom English only: nothing here names a story, a person or an outlet. The other
modules of quote finding (``narration``, ``people``, ``mentions``, ``phrases``, ``attribution``) read these.
"""

from __future__ import annotations

import re

_CUE_WORDS = """
say says said saying tell tells told telling add adds added adding ask asks asked asking
reply replies replied replying noted noting write writes wrote writing written
argue argues argued arguing explain explains explained explaining insist insists insisted insisting
warn warns warned warning claimed claiming stated declare declares declared declaring
announce announces announced announcing acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting recall recalls recalled recalling joke jokes joked joking
quip quips quipped quipping caution cautions cautioned cautioning concede concedes conceded conceding
continued continues counter counters countered countering respond responds responded responding
observed remarked stress stresses stressed stressing emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising urge urges urged urging predict predicts predicted
predicting promised vow vows vowed vowing pledged complain complains complained complaining
lament laments lamented suggest suggests suggested suggesting maintain maintains maintained
contend contends contended concluded recounted describe describes described describing
call calls called calling dub dubs dubbed term terms termed label labels labelled labeled
labelling labeling tweet tweets tweeted posted testified testifies agree agrees agreed
repeated reiterated reiterates mused boasted charged alleged confirmed assured demanded cried
shouted yelled whispered texted emailed e-mailed radioed messaged reasoned laughed scoffed snapped sighed offered
advised reminded recalled conceded acknowledged exclaimed pleaded proclaimed questioned wondered
answered pressed retorted interjected reported reports blamed blames accuses accused praised criticized
criticised mocked slammed blasted thanked urged quipped insisted denounced denounces decried decries branded condemned condemns condemning
assert asserts asserted asserting claims
stating observing remarking promising pledging repeating reiterating boasting alleging assuring demanding
shouting yelling scoffing advising reminding exclaiming pleading proclaiming answering retorting interjecting
blaming praising criticizing criticising mocking slamming blasting thanking denouncing concluding recounting
musing testifying lamenting
dismiss dismisses dismissed dismissing imply implies implied implying cite cites cited citing
deride derides derided deriding portray portrays portrayed portraying characterize characterizes characterized
characterizing characterise characterised deem deems deemed hail hails hailed tout touts touted
heralded protested accuse pledge pledges referenced rated
notes observes remarks muses boasts reasons scoffs snaps sighs fumes gushes marvels exclaims pleads
proclaims wonders retorts interjects alleges confirms assures shouts yells whispers laughs advises
reminds grumbles gripes rants teases taunts sneers chuckles huffs
fumed grumbled groused griped gushed raved ranted sneered huffed marveled marvelled chuckled teased taunted
chided scolded bragged crowed barked thundered bellowed stammered muttered murmured opined ventured surmised
speculated posited theorized theorised confided elaborated clarified objected implored begged rebutted
echoed echoes mentioned commented commenting vented
blurted blurts chanted chants screamed screams hollered
shout yell chant scream holler exclaim whisper
concludes ruled
"""
CUE_VERBS = frozenset(_CUE_WORDS.split())
#: Capitalised words of party, faith or nationality: they describe a person ("Republican strategist
#: Ryan Williams", "Democrat Ana Ruiz") and are never a name by themselves.
AFFILIATIONS = frozenset(
    """republican republicans democrat democrats democratic gop conservative conservatives liberal liberals
    libertarian libertarians progressive progressives tory tories ndp bloc american americans canadian
    canadians british mexican mexicans european europeans muslim muslims christian christians evangelical
    evangelicals catholic catholics jewish hispanic hispanics latino latinos latina latinas
    african-american african-americans""".split()
)
#: The nationality words among AFFILIATIONS: before a capitalised word that is no given name and
#: no title, they open an organisation's name ("Canadian Tire", "American Airlines", "British
#: Airways"), where a party word still describes a person ("Republican Smith").
NATIONALITIES = frozenset("american canadian british mexican european".split())
#: Words of a time phrase: "on Wednesday", "last week", "in 2009".
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december week weekend month year night morning afternoon evening day
    time today yesterday""".split()
)
#: Prepositions whose object is no subject: "with a vote for Trump ruled out, Cross said he …".
OBJECT_PREPS = frozenset("in at from near into of on for to with about against by after before over under unlike".split())
#: Prepositions of place or medium: the name after one is where something was said, never who said
#: it ("on Facebook writing", "in Iowa saying"); "from", "by" and "with" can introduce a speaker.
PLACE_PREPS = frozenset("in at on into onto near via across through inside outside toward towards".split())
#: Cue verbs that are nouns too: after "a …" or "the …" they are ("a Donald Trump tweet attacking …").
NOUN_CUES = frozenset("""tweet call reply answer report comment post quote claim joke quip vow pledge warning note remark
    shout yell chant scream whisper""".split())
#: Words a noun phrase before a cue verb never runs across ("… until Haley said": Haley speaks, not
#: "until Haley").
FUNCTION_WORDS = frozenset(
    """the a an until because when while as if after before since though although unless than that
    which who whom where whether and or but nor of in on at for with to from by about into over under
    during against between through beside behind among around near inside outside alongside""".split()
)
#: "X’s statement said": X speaks through it.
OWNED_WORDS = frozenset(
    """statement statements tweet tweets letter memo email e-mail post posts website site account ad ads
    book speech remarks note message filing release op-ed column words report notice reply answer response
    instructions orders warning advice""".split()
)
#: "Sanders protesters shouted", "Hale aides said", "Surrey staff explained": after a name, a group
#: that speaks, not the person.
FOLLOWERS = frozenset(
    """supporters protesters aides officials allies voters delegates staffers advisers advisors backers
    loyalists surrogates lawyers attorneys donors volunteers spokespeople fans critics staff campaign
    aide staffer adviser advisor ally spokesman spokeswoman spokesperson""".split()
)
#: "the Bernie Sanders campaign": words after a person's full name that name their camp, so
#: "the" before the name does not make it an organisation's.
CAMP_WORDS = FOLLOWERS | frozenset({"camp", "administration", "family"})
#: Nouns in -ly, which are no adverbs ("His family said", "the rally heard").
LY_NOUNS = frozenset(
    "family families ally rally assembly supply reply july italy belly bully lily jelly anomaly monopoly "
    "homily melee".split()
)
#: Things whose written words "read": "“…,” a sign read", "the banner reads".
SIGN_NOUNS = frozenset(
    "sign signs banner banners placard placards poster posters billboard shirt shirts t-shirt t-shirts sticker "
    "plaque inscription caption headline".split()
)
#: "X’s office said": the group speaks, not X.
OWNED_GROUPS = frozenset(
    """office campaign team committee administration staff government department agency company firm
    organization organisation foundation party family aides advisers advisors lawyers attorneys allies
    supporters spokespeople camp""".split()
)
#: Cue verbs that name rather than report: "called the plan a “gift”", "dubbed it “Plan B”".
NAMING_VERBS = frozenset(
    """call calls called calling dub dubs dubbed term terms termed label labels labelled labeled labelling
    labeling describe describes described describing denounce denounces denounced denouncing decried decries branded
    condemn condemns condemned condemning
    dismiss dismisses dismissed dismissing deride derides derided deriding portray portrays portrayed portraying
    characterize characterizes characterized characterizing characterise characterised deem deems deemed
    hail hails hailed tout touts touted""".split()
)
#: Cue verbs that take an object before the quote ("called the plan “a gift”") or whose participle
#: hangs off the sentence's subject ("describing the plan as …").
PARTICIPLES = frozenset(w for w in CUE_VERBS if w.endswith("ing"))
#: Cue verbs that can come before their subject: "…,” said Judith Ambrose.
INVERTIBLE = frozenset(
    "said says added asked replied wrote explained insisted warned noted continued countered "
    "responded observed remarked recalled cautioned conceded declared argued tweeted answered "
    "adds asks replies writes explains insists warns notes argues "
    "quipped joked admitted acknowledged stated suggested confirmed boasted complained pleaded "
    "shouted exclaimed agreed maintained predicted lamented mused deadpanned "
    "quips jokes admits acknowledges states suggests confirms predicts echoed echoes".split()
)
#: Invertible cues that also take an object or a clause ("The vow echoed Ford", "The memo
#: suggests Kenney knew"): they invert only after a quote that hands on its words ('“…,” echoed Ford').
CLAUSE_VERBS = frozenset("echoed echoes suggests suggested confirms confirmed predicts predicted states stated".split())
#: Two-word cues whose first word is not a cue on its own.
PHRASAL = {"shot": "back", "fired": "back", "pointed": "out", "points": "out", "went": "on",
            "summed": "up", "chimed": "in", "piped": "up", "spoke": None, "speaks": None}
PASSIVE_AUX = frozenset("was were been being is are be get got gets".split())
AUX = frozenset(
    """has have had would will could can should may might must also later then again once previously
    earlier recently often repeatedly has long still just first simply only further finally quickly
    flatly bluntly openly publicly privately once did does do not never always""".split()
)
SPEECH_NOUNS = frozenset(
    """promise promises pledge pledges vow line lines words remark remarks comment comments statement
    warning claim assertion quip message slogan mantra phrase description admission boast complaint
    answer response reply question argument refrain catchphrase conclusion assessment
    characterization characterisation insistence accusation allegation prediction""".split()
)
SPEECH_NOUN_VERBS = frozenset("made gave offered delivered uttered used issued wrote repeated had".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
#: Nouns for a person the story does not name, by the pronoun that can take them up ("a woman in
#: the crowd … she asked"; "a voter … he said"): "f", "m", or "" for either.
UNNAMED_PEOPLE = {
    **dict.fromkeys("woman girl mother lady grandmother daughter wife sister widow spokeswoman".split(), "f"),
    **dict.fromkeys("man boy father gentleman grandfather son husband brother widower spokesman".split(), "m"),
    **dict.fromkeys("""voter reporter supporter resident student worker heckler protester protestor friend
        neighbour neighbor customer patient nurse teacher veteran attendee caller viewer constituent
        volunteer passenger driver shopper parent farmer miner owner bystander witness fan employee
        staffer contractor technician inmate suspect victim tenant client guard soldier spokesperson
        physician doctor paramedic firefighter complainant plaintiff""".split(), ""),
}

#: Capitalised words that start sentences or name things but are not people's names.
CAP_STOP = frozenset(
    """the a an and but or nor so yet still for according asked when while after before in on at as if
    even then this that these those it its his her their our we i he she they you there here some many
    most all both several other others under over with without by from to of despite although though
    meanwhile however also later earlier now today tonight yesterday tomorrow last next this every
    each no not one two three four five six seven eight nine ten first second third what who where why
    how whose which because since until unlike like instead also only just more less
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    god north south east west analysis opinion editorial update breaking exclusive photo video
    watch read listen related advertisement new neither either former another about
    my your is are was were do does did has have had finally besides
    nobody nothing mom mum dad grandma grandpa granny nana
    people born
    """.split()
) - {"new"}
#: Words of CAP_STOP that are also surnames ("Theresa May", "Ian Read", "Kanye West"): a name
#: only right after a given name, or alone as a cue's subject once that full name was given.
SURNAME_STOPS = frozenset("may read west north south east every born".split())
#: Words that head a web page's boilerplate ("Watch:", "Read more", "Related") and so never start
#: a name, but may go on one already started.
PAGE_WORDS = frozenset("watch read listen related update analysis opinion exclusive video photo".split())


#: Plural nouns for people nobody names ("Officials said", "Sources told", "Critics argue"): a
#: group, never a person or an organisation, even capitalised at a sentence's start.
GENERIC_PLURALS = frozenset(
    """officials police experts critics analysts residents observers sources witnesses investigators
    authorities insiders economists lawyers researchers scientists doctors protesters supporters opponents
    voters aides advisers advisors allies donors organizers organisers activists neighbours neighbors
    parents students teachers workers employees staffers strategists pollsters""".split()
)
MONTHS_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)

#: Abbreviations that end with a dot but do not end a sentence.
ABBREV = frozenset(
    """mr mrs ms dr st jr sr prof gov sen rep lt col gen sgt cpl capt cmdr adm maj coun cllr supt
    insp det const cst ald ste brig pte pvt hon rev fr no nos vs etc inc ltd co corp dept univ assn approx est ave blvd rd
    mt ft del jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k e.g i.e mx""".split()
)
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
                     "lord": "m", "lady": "f", "father": "m", "sister": "f", "brother": "m",
                     "congressman": "m", "congresswoman": "f", "chairman": "m", "chairwoman": "f",
                     "businessman": "m", "businesswoman": "f", "spokesman": "m", "spokeswoman": "f",
                     "alderman": "m", "alderwoman": "f", "king": "m", "queen": "f", "prince": "m",
                     "princess": "f", "mother": "f", "grandmother": "f", "grandfather": "m"}
#: Title abbreviations and words beyond names.TITLE_WORDS that may precede a name.
EXTRA_TITLES = frozenset(
    """coun cllr councilwoman councilman const det insp supt adm cmdr msgr pastor bishop archbishop
    cardinal elder mp mpp mla mha mna rep sen del hon dr mx prof judge ald""".split()
)
#: Role nouns: heads of role phrases ("the police chief") and of lower-case role prefixes.
#: Nouns for someone close to a person: "says his father, Darrin" gives the given name set after one.
KIN_NOUNS = frozenset(
    """dad mom mum father mother son daughter wife husband brother sister partner girlfriend boyfriend
    friend neighbour neighbor grandmother grandfather grandson granddaughter aunt uncle cousin niece
    nephew fiance fiancé fiancee fiancée widow widower stepfather stepmother""".split()
)
#: Which government an office belongs to, in lower case before its title: "a spokesperson for
#: federal Infrastructure Minister Kamal Dhaliwal-Singh" (``described``, ``newcomers``).
JURISDICTIONS = frozenset("federal provincial state municipal territorial regional county city former".split())
ROLE_HEADS = frozenset(
    """minister critic president chief executive ceo cfo economist analyst spokesperson spokesman
    spokeswoman organizer organiser activist director chair chairman chairwoman chairperson leader
    mayor councillor councilor premier governor senator businessman businesswoman entrepreneur lawyer
    attorney professor researcher scientist official officer negotiator co-ordinator coordinator
    moderator host resident rider student teacher nurse doctor physician manager owner founder
    secretary commissioner superintendent sheriff candidate head lead representative advocate expert
    historian author producer publisher strategist pollster consultant adviser advisor lobbyist trustee judge justice
    prosecutor detective constable inspector sergeant captain coach worker driver mechanic farmer
    voter parent pastor priest bishop rabbi imam vice-president vice-chair planner engineer architect
    developer landlord tenant editor reporter columnist economist deputy mp mpp mla counsel clerk
    treasurer auditor ombudsman ombudsperson commander general admiral colonel firefighter paramedic
    chancellor provost dean principal administrator administrator coroner medic surgeon epidemiologist
    spokesperson dishwasher cashier chef owner operator vice chief-of-staff staffer aide councilwoman
    councilman alderman congressman congresswoman delegate trustee director-general
    co-host cohost co-founder cofounder co-chair co-chairman co-chairwoman co-author co-owner
    envoy ambassador diplomat consul emissary
    alderwoman selectman selectwoman brigadier corporal lieutenant undersecretary under-secretary
    co-director co-leader co-president co-anchor anchor
    """.split()
)
#: Nouns for someone's relation to a person or a race, that a name set off by a comma follows
#: ("the 2012 nominee, Mitt Romney", "his wife, Ann").  People, beyond ROLE_HEADS.
APPOSITIVE_ROLES = frozenset(
    """nominee wife husband son daughter brother sister mother father rival opponent challenger colleague
    friend neighbour neighbor partner boss co-worker coworker roommate classmate teammate""".split()
)
#: Nouns for a person that a story uses to refer back to someone it has just named ("the rookie
#: defenceman", "the Kentucky Republican"), beyond ROLE_HEADS and APPOSITIVE_ROLES.
PERSON_NOUNS = frozenset(
    """republican democrat liberal conservative tory progressive libertarian independent veteran rookie
    star player athlete forward winger goalie goaltender pitcher quarterback proprietor singer actor
    actress comedian musician artist writer novelist poet filmmaker designer founder maverick
    billionaire millionaire trucker fisherman swimmer skier receiver defenceman defenseman centre
    skip composer painter sculptor playwright curator photographer accused""".split()
)
#: Common nouns that may open a sentence right before a full name ("Witness Lily Tran said"):
#: the noun describes the person and is no part of the name.  Not person nouns for "the
#: witness said" — a witness, a victim or a plaintiff is rarely the person named just before.
NAME_OPENERS = frozenset(
    w + suffix for w in """witness meteorologist evacuee forecaster homeowner bystander shopper survivor
    passenger commuter volunteer neighbour neighbor climatologist veterinarian pharmacist rancher pilot
    lifeguard janitor caregiver retiree protester biologist plaintiff defendant victim resident farmer
    teacher nurse student parent doctor physician paramedic firefighter driver cyclist tenant landlord
    owner worker miner economist researcher scientist professor lawyer activist organizer organiser
    patient friend colleague coworker co-worker classmate teammate roommate grocer realtor widow widower
    millworker baker butcher carpenter electrician plumber mechanic welder logger shopkeeper merchant
    vendor chef cashier clerk barber hairdresser bartender midwife olympian paralympian curler skater
    snowboarder golfer boxer wrestler sprinter jockey trooper journalist landowner auctioneer
    brother sister cousin twin
    fiddler violinist pianist guitarist cellist drummer singer songwriter composer conductor dancer
    choreographer actor actress painter sculptor poet novelist playwright photographer filmmaker
    """.split() for suffix in ("", "s")
) | frozenset(w + suffix for w in """guard closer pitcher catcher shortstop outfielder infielder goalie
    goaltender netminder defenceman defenseman winger forward striker midfielder quarterback linebacker
    rookie veteran captain""".split() for suffix in ("", "s"))
#: Positions on a team, which a story sets before a player's name and refers back by: "shortstop
#: Tae-Yang Kwon-Fischer" … "the rookie", "guard Keisha Abernathy-Lowe" … "the fifth-year guard".
POSITIONS = frozenset("""guard closer pitcher catcher shortstop outfielder infielder goalie goaltender netminder
    defenceman defenseman winger forward striker midfielder quarterback linebacker rookie veteran captain
    right-hander left-hander southpaw freshman sophomore junior senior""".split())   # (a student's year)
#: Nouns for an unnamed person beyond the role, relation and description nouns above.
UNNAMED_NOUNS = frozenset(
    """source user questioner commenter commentator member citizen narrator man woman person people
    supporter fan protester protestor lawmaker legislator employee insider observer staff
    participant attendee caller viewer reader listener customer client patient victim trader investor
    banker broker shareholder bondholder borrower buyer seller striker picketer autoworker steelworker
    dockworker machinist builder mediator renter homeowner landlord spectator concertgoer festivalgoer
    passerby visitor tourist usher subscriber commuter cyclist pedestrian motorist diner parishioner
    congregant relative survivor marcher demonstrator onlooker eyewitness juror mourner holder bouncer
    waiter waitress bartender roofer landscaper busker courier dispatcher custodian caretaker nanny
    babysitter librarian dentist therapist counsellor counselor accountant labourer laborer jeweller
    jeweler florist photographer blogger podcaster umpire referee chaplain hiker angler refugee migrant
    immigrant pensioner teenager youngster grandparent churchgoer worshipper supervisor foreman forewoman
    electrician mechanic plumber welder carpenter trucker evacuee""".split()
)
#: Every noun the lexicon holds for a person or people.
PERSON_WORDS = (ROLE_HEADS | PERSON_NOUNS | APPOSITIVE_ROLES | KIN_NOUNS | NAME_OPENERS | GENERIC_PLURALS | UNNAMED_NOUNS
                | frozenset(UNNAMED_PEOPLE))


def people_plural(low: str) -> bool:
    """A plural noun for people, whatever stands before it: "protesters", "police", "nurses",
    "deputies", "relatives", "crews", "the family"."""
    if low in GENERIC_PLURALS or low in ("police", "people", "couple", "family", "families", "crowd", "crews", "staff",
                                         "women", "men", "children", "kids", "folks"):
        return True
    return low.endswith("s") and not low.endswith("ss") and (
        person_noun(low) or low[:-1] in UNNAMED_PEOPLE or low.endswith("ers") and len(low) > 5)


#: Verbs by which someone puts out a document: "Harbour Transit issued a statement".
ISSUING = frozenset("issued released sent posted published put".split())
#: Forms of "be": "can be heard saying", "were hurt".
BE_FORMS = frozenset("be is was were are been being".split())
#: Verbs of perceiving someone's words: "can be heard saying", "was seen telling".
PERCEIVED = frozenset(("heard", "seen"))


def person_noun(low: str) -> bool:
    """The lower-case word is a noun for a person or people, singular or plural: aide, aides,
    spokeswoman, congressmen, police."""
    if low in PERSON_WORDS or (low.endswith("s") and low[:-1] in PERSON_WORDS) \
            or (low.endswith("es") and low[:-2] in PERSON_WORDS) or (low.endswith("ies") and low[:-3] + "y" in PERSON_WORDS):
        return True
    return len(low) > 6 and low.endswith(("man", "men", "woman", "women", "person", "people", "ologist", "ologists"))


ROLE_SYNONYMS = {"ceo": {"chief", "executive"}, "chief-executive": {"ceo"}}
#: A company's officers by their initials: "the CFO" is the "chief financial officer" named.
ROLE_ABBREVIATIONS = {"ceo": {"chief", "executive"}, "cfo": {"chief", "financial"}, "coo": {"chief", "operating"},
                      "cto": {"chief", "technology"}}


#: A cleric's titles, and the nouns a story goes on with for one: "the Rev. Tomás Echeverría" … "the priest said".
_CLERGY_TITLES = frozenset("rev reverend fr father msgr monsignor pastor".split())
_CLERGY = frozenset("priest pastor cleric clergyman reverend".split())


def with_abbreviations(roles) -> set[str]:
    """``roles`` and the initials of any officer they spell out ("chief", "financial": "cfo"), and
    the nouns for a cleric the story titled so ("rev": "priest", "pastor")."""
    roles = set(roles)
    return roles | {abbr for abbr, words in ROLE_ABBREVIATIONS.items() if words <= roles} \
        | (_CLERGY if roles & _CLERGY_TITLES else set())
#: Words that mark a deputy or former holder: "the minister" is not the deputy minister.
QUALIFIERS = frozenset("deputy assistant associate vice acting interim former ex parliamentary junior".split())
#: Common nouns that introduce an organisation's name: "cybersecurity firm Symantec", "tech giant
#: Google", "carrier WestJet", "broadcaster CBC".
ORG_DESCRIPTORS = frozenset(
    """firm company corporation giant maker automaker carmaker retailer chain carrier airline
    broadcaster network publisher startup start-up insurer lender bank brand manufacturer supplier
    distributor developer utility conglomerate subsidiary outlet newspaper magazine website app
    platform agency charity nonprofit non-profit group organization organisation union""".split()
)
#: A name set off with the kind of organisation it is: "Fare Share Port Alden, a riders' group,",
#: "Tri-River Mutual, the insurer," (not "Ann Ruiz, the president of the union,": her office).
#: Nouns for the kind of an organisation no person's job shares (not "a game developer", "a letter
#: carrier", "a violin maker", "a publisher").
BODY_KINDS = ORG_DESCRIPTORS - frozenset("developer carrier maker publisher supplier distributor manufacturer "
                                         "brand app website platform outlet".split())
SET_OFF_AS_ORG = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|in|from|to|on|who|whose)\b)[\w’'-]+\s+){0,3}?"
                            r"(?:%s),(?=\s)" % "|".join(sorted(BODY_KINDS)))
#: Words in a capitalised run that make it an organisation, a place or a thing, not a person.
ORG_WORDS = frozenset(
    """opposition bench institute institution systems system grid commons chamber media authority union association
    party council ministry department hospital university college school street st avenue ave road rd
    bridge falls lake river centre center park city province county state inc ltd corp corporation
    company group news wire times post ledger press radio television tv board bank fund agency service
    services office court commission committee federation alliance club church hall arena garage
    secretariat government legislature assembly parliament house senate congress foundation trust
    society network channel journal gazette herald tribune star globe review daily weekly magazine
    airport station pier harbour harbor bay valley mountain island county region district ward
    watershed highway route mall market square plaza building tower library museum theatre theater
    stadium fire police army navy force forces bureau cabinet treasury reserve railway transit
    communications energy power hydro health care network project plan act bill budget program
    programme strategy report update mill town village tech foods airlines airline lines motors holdings
    industries enterprises technologies pharmaceuticals pharma labs laboratories research digital chemical
    networks analytics robotics builders dairy distillery bakery pharmacy bancorp rail brands stores
    logistics petroleum mining resources ventures studios insurance financial securities markets
    investments properties airways railways ferries cruises shipping freight telecom wireless automotive
    aerospace chemicals minerals metals utilities realty developments construction farms brewing
    brewery restaurants hotels resorts casinos entertainment solutions software games appliances homes
    air steel administration league coalition organization organisation partners associates llc
    co-op cooperative coatings paints plastics textiles supplies products materials manufacturing
    electronics components packaging equipment contractors distributors dairies bakeries fisheries
    elementary academy collegiate polytechnic seminary conservatory hospice clinic""".split()
)
#: Title words that only modify a title ("Police Chief", "City Councillor"); alone they are no evidence of a person.
TITLE_MODIFIERS = frozenset(
    """finance health transport transportation education justice defence defense energy foreign environment
    labour labor housing treasury fire police city county state provincial federal regional municipal
    emergency public right rt prime vice deputy associate assistant acting interim general""".split()
)
#: Title words that end a title before a name wherever they sit in a capitalised run.
STRONG_TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame rev hon minister premier president senator sen rep governor gov
    mayor councillor councilor coun cllr chief constable superintendent supt inspector detective sergeant
    sgt captain capt commander judge justice chair chairman chairwoman chairperson secretary commissioner
    director ceo cfo coo ambassador leader dean coach trustee chancellor attorney sheriff moderator host
    spokesperson spokesman spokeswoman critic economist analyst officer lt col gen maj mp mpp mla mna mha
    congressman congresswoman councilman councilwoman alderman alderwoman speaker warden reeve admiral
    colonel brigadier lieutenant corporal cpl det insp const cst brig pte pvt elder ogimaa okimaw ogichidaa keeper
    whip recorder adviser advisor advocate editor treasurer auditor clerk administrator manager undersecretary
    under-secretary producer publisher selectman selectwoman solicitor coordinator co-ordinator ald prosecutor coroner councilmember""".split()
)
APPOS_STOP = frozenset("at of for in on with who whose which that since from to by since until".split())
LOC_PREPS = frozenset("in at from near across into throughout outside inside around toward towards via of on".split())

#: Nouns for a body of people: what an unnamed voice speaks for ("a spokesperson for the union")
#: and what a name set off after it stands for ("Her label, Copperline Records, said").
BODY_NOUNS = frozenset("""union company ministry department campaign team family crowd board council government
    agency office party firm hospital school university club league band church label employer publisher
    studio network broadcaster lab laboratory charity nonprofit""".split())
#: Gestures of someone at the moment of speaking: "Betsy Ebeling shook her head.", "His wife put a
#: hand on his shoulder." (exchange.new_subject, unnamed).
GESTURES = frozenset("""shook nodded smiled laughed shrugged sighed paused grinned winced frowned beamed chuckled
    gestured pointed leaned shakes nods smiles laughs shrugs sighs pauses grins winces frowns beams chuckles
    gestures points leans""".split())
#: Those whose trade is asking: an unnamed one who asks a question does not give the answer
#: (newcomers), and a bare question at a press conference is theirs (carry).
PRESS = frozenset("reporter journalist questioner".split())
#: Verbs of putting a question to someone: the one asked answers (pronouns, unnamed).
ASKING = frozenset("asked asks pressed questioned quizzed challenged grilled wondered".split())
#: Verbs of starting or going on that take another verb after "to": the subject of "officials
#: started to portray" is the subject of "started" (not "wanted to admit": a wish, often no speech).
CATENATIVES = frozenset(
    """started starts start began begins begin begun continued continues continue went go goes going
    proceeded proceeds hastened rushed""".split()
)
#: Verbs that get someone else to do the next verb: in "prompting one MP to shout, “Shame!”" and
#: "That led Ruiz to reply, “…”" the one prompted speaks, not the sentence's subject.
CAUSATIVES = frozenset(
    """prompt prompts prompted prompting lead leads led leading cause causes caused causing force forces
    forced forcing provoke provokes provoked provoking spur spurs spurred spurring drive drives drove
    driving driven move moved moving inspire inspires inspired inspiring""".split()
)

#: Verbs that make the one before them the winner of an election: "won", "unseated the mayor",
#: "held the riding", "was elected" (``ties.won``, ``mentions.Analysis``'s winner).
WON_VERBS = (r"won|wins|captured|defeated|unseated|beat|ousted|toppled|was\s+elected|were\s+elected|"
             r"has\s+been\s+elected|claimed\s+victory|will\s+become|held\s+(?:the|her|his|onto|on\s+to)|"
             r"took\s+the\s+(?:riding|seat|ward|district)")
