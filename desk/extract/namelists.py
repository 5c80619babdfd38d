"""Lists of given names and of places: evidence that a capitalised run is a person (and of which
sex the story may call them) or a place.

The hand lists reach beyond US usage (French, South Asian, West African, Slavic, East Asian
given names, and short forms such as "Gord"); the 1990 US census lists (``data/given_names.txt``)
give breadth.  Only the hand lists give a person a gender: a census name is evidence that a run
is a person, not of how the story refers to them.
"""

from __future__ import annotations

from pathlib import Path

_HAND_F = frozenset(
    """hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
    virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte
    marie kayla alexis lori jane claire julia anne sheila priya nadia fatima aisha leila sofia
    chloe ella zoe lily mia ava harper jasmine monica erin tiffany vanessa wendy yvonne valerie ursula
    irene agnes rosa carmen lucia elena ana isabel marguerite helene hélène genevieve geneviève chantal
    josée josee nathalie sylvie isabelle mélanie melanie caroline louise francine suzanne marion
    beatrice imogen corinne angela gwen gwendolyn katie kate maggie meg molly nora norah fiona
    siobhan aoife naomi miriam esther leah deborah yasmin noor farah amira layla mei ling yuki keiko
    marie-ève marie-eve marie-claude marie-josée marie-josee marie-france marie-pier geneviève genevieve
    chantal martine véronique veronique manon élise elise émilie emilie ginette lise
    solène solene delphine aurélie aurelie céline celine amélie amelie maude karine josiane mireille
    nasreen aminata simran kavita adaeze ngozi chidinma chiamaka folake funmilayo abena akosua efua
    adwoa wanjiru njeri zara anjali sunita priyanka deepika neha pooja shreya ananya divya lakshmi
    meena rekha shabnam parveen fatemeh maryam zainab khadija samira rania hiba dalia salma inès ines
    lucía valentina gabriela daniela mariana fernanda carolina alejandra paola ximena guadalupe
    marisol camila giulia francesca chiara alessandra ingrid astrid sigrid katarzyna agnieszka
    magdalena olga svetlana natalia tatiana irina oksana ekaterina anastasia akiko haruka sakura
    yoko beth monique jolene anita mathilde thandiwe xiomara annika chinwe olena rose dawn faith summer
    jen jenn deb gabby tess bev jenna karina kristina marit pascale chrystia rosemary darlene heidi colleen
    maureen jodi candice marci patty mona sophie carla cindy sonia tamara iqra farida kirsty marjorie kristy
    kirsten krista kathy lorraine gail roberta loretta sheryl joanne jeanette rosalind eileen bernadette kendra
    kara tanya katrina rhonda ruby
    """.split()
)
_HAND_M = frozenset(
    """james robert john michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan
    juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis tom tim jim bob
    mike dave steve chris matt dan ben nick ray ron don ken greg jeff rick bill ted fred
    pierre jean-pierre jacques michel francois françois luc marc andre andré guy yves denis alain
    mohammed muhammad ahmed ali omar hassan yusuf ibrahim mustafa raj arjun rahul amit sanjay wei
    hiroshi kenji marcus owen theo julien harald colm brent liam lucas oliver leo finn hugo felix
    declan connor conor cian rory ian neil colin graham stuart angus hamish duncan malcolm gordon
    jean-françois jean-francois jean-marc jean-philippe jean-sébastien jean-sebastien pierre-luc mathieu
    gaétan gaetan sylvain benoît benoit réjean rejean stéphane stephane sébastien sebastien étienne
    etienne gilles normand rémi remi
    aziz kwame rajiv farid hamid jamal thiago sunil karim tariq khalid bilal imran faisal rashid samir
    nabil walid youssef amir reza mehdi vikram vijay ravi anil deepak manoj rakesh suresh ramesh ashok
    ajay rohit kunal nikhil jagmeet kwabena kofi chinedu emeka tunde segun jorge carlos luis miguel
    alejandro diego javier pablo rafael fernando ricardo eduardo sergio joaquín joaquin mateo santiago
    joão joao pedro tiago rodrigo gustavo giovanni giuseppe marco luca matteo alessandro francesco
    stefan jürgen jurgen klaus hans dieter wolfgang sven lars nils anders dmitri sergei vladimir ivan
    igor alexei oleg mikhail boris takashi haruto kenta arnav aarav vivek pradeep sandeep lionel
    tomasz piotr krzysztof andrzej marek jakub wojciech pawel paweł michał michal łukasz lukasz grzegorz
    chase hunter
    zach zack nate wes gord stu len vic arif seamus doug francis dalton blaine brad tony hussein rahim dominic
    cody dwayne trevor darren derek ricky seth yasir wade clint curtis travis dale glen glenn lloyd craig barry
    """.split()
)


def _census_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names of the 1990 US census (data/given_names.txt), by the sex that mostly bears them."""
    female, male = set(), set()
    path = Path(__file__).with_name("data") / "given_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split()
            if sex in "f-":
                female.add(name)
            if sex in "m-":
                male.add(name)
    return frozenset(female), frozenset(male)


_CENSUS_F, _CENSUS_M = _census_names()


def _places() -> frozenset[str]:
    """Countries, provinces, states and large cities (data/places.txt), lower-cased."""
    path = Path(__file__).with_name("data") / "places.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


#: A capitalised run that is exactly one of these names is a place, never a person ("Canada has
#: asked China", "Pyongyang said"). Names that are as often a person's ("Jordan", "Victoria",
#: "Israel") are left out.
PLACES = _places()
#: First names, as evidence that a capitalised run is a person, and of the person's gender (a name
#: borne by both sexes is in both sets and gives no gender). The short lists above reach beyond US
#: usage; the census lists give breadth.
FIRST_NAMES_F = _HAND_F | (_CENSUS_F - _HAND_M)
FIRST_NAMES_M = _HAND_M | (_CENSUS_M - _HAND_F)
#: Given names of either gender.
FIRST_NAMES = FIRST_NAMES_F | FIRST_NAMES_M
#: The names whose bearers' gender a story's pronouns may be read by: the short lists only. A census
#: name is evidence of a person, not of how the story refers to them.
GENDERED_F = _HAND_F - _HAND_M
GENDERED_M = _HAND_M - _HAND_F


def hand_gender(given: str) -> str | None:
    """"f" or "m" for a folded given name of the hand lists, the only gender evidence a person
    gets from their name; None otherwise."""
    return "f" if given in GENDERED_F else "m" if given in GENDERED_M else None


def is_state(words: list[str]) -> bool:
    """The words between two commas after a town are its state or province: "Ohio", "Nova
    Scotia", "Pa." (a word, then its full stop) or "N.S." (one word with its dots)."""
    names = [w for w in words if w != "."]
    if not names or len(names) > 3 or not all(w[:1].isupper() for w in names):
        return False
    name = " ".join(w.lower() for w in names)
    short = len(names) <= 2 and len(name) <= 5 and (words[-1] == "." or names[-1].endswith("."))
    return name in PLACES or short

