"""British and Canadian spellings against American ones: one word, not a misquote.

Canadian and British papers print quotes in their own spelling (Canadian Press style: "use
Canadian spelling in quotations"), so a Toronto story quoting a Washington transcript writes
"labour", "centre" and "defence" where the transcript has "labor", "center" and "defense".
That is house style, not a changed word.  ``us_spelling`` gives the American form of a word
spelt another way, and the spoken-word pass (:mod:`desk.match.speech`, step ``spelling``)
writes it on both sides, so only spellings compare alike — never two different words.

The rules take a stem of at least three letters (two before -re and -yse), so short words that
only look alike stay apart ("four" is not "for", "tour" is not "tor", "ogre" is not "oger"):

* -our → -or: honour, labourer, favourite, neighbourhood, colourful, armoury;
* -tre, -bre, -gre, -vre → -ter, -ber, -ger, -ver: centre, theatres, fibre, meagre, centred
  (not -mbre: timbre is no timber);
* -ise → -ize and -yse → -yze: organised, recognising, criticism stays, analyse, paralysed
  (not -yses: "analyses" may be the noun, not "analyzes");
* a doubled l before -ed, -ing, -er, -ous: travelled, cancelling, modeller, marvellous, signalled;
* -ogue → -og: catalogue, dialogues;
* and a short list of words no rule covers: defence, licence, programme, cheque,
  judgement, ageing, councillor, manoeuvre, paediatric, sceptical, aluminium, storey, tyre,
  jewellery, sulphur, draught, kerb …

Both sides go through the same function, so a word spelt the same on both sides (an
American "advise" rewritten "advize" on each) still agrees, and the match lists the step only
where the two sides were spelt differently.
"""

from __future__ import annotations

import functools
import re

_WORDS = {
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense",
    "programme": "program", "programmes": "programs",
    "cheque": "check", "cheques": "checks", "chequing": "checking",
    "plough": "plow", "ploughs": "plows", "ploughed": "plowed",
    "mould": "mold", "moulds": "molds", "mouldy": "moldy",
    "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "acknowledgements": "acknowledgments",
    "ageing": "aging", "cosy": "cozy", "aluminium": "aluminum",
    "sceptic": "skeptic", "sceptics": "skeptics", "sceptical": "skeptical", "scepticism": "skepticism",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered", "manoeuvring": "maneuvering",
    "practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "enrolments": "enrollments",
    "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
    "skilful": "skillful", "skilfully": "skillfully", "wilful": "willful", "wilfully": "willfully",
    "instalment": "installment", "instalments": "installments",
    "councillor": "councilor", "councillors": "councilors", "counsellor": "counselor", "counsellors": "counselors",
    "paediatric": "pediatric", "paediatrics": "pediatrics", "paediatrician": "pediatrician",
    "paediatricians": "pediatricians", "anaesthetic": "anesthetic", "anaesthesia": "anesthesia",
    "anaesthetist": "anesthetist", "haemorrhage": "hemorrhage", "leukaemia": "leukemia",
    "oesophagus": "esophagus", "foetus": "fetus", "foetal": "fetal", "diarrhoea": "diarrhea",
    "orthopaedic": "orthopedic", "encyclopaedia": "encyclopedia", "oestrogen": "estrogen",
    "storey": "story", "storeys": "stories", "tyre": "tire", "tyres": "tires",
    "jewellery": "jewelry", "woollen": "woolen", "woollens": "woolens", "sulphur": "sulfur",
    "draught": "draft", "draughts": "drafts", "kerb": "curb", "kerbs": "curbs", "kerbside": "curbside",
    "pyjamas": "pajamas", "moustache": "mustache", "aeroplane": "airplane", "aeroplanes": "airplanes",
    "artefact": "artifact", "artefacts": "artifacts", "mediaeval": "medieval", "speciality": "specialty",
    "specialities": "specialties", "gaol": "jail",
}

_RULES = [
    (re.compile(r"^([a-z]{3,})our(s|ed|ing|able|ably|ite|ites|er|ers|ful|fully|less|hood|hoods|ly|y|ist|ists)?$"),
     lambda m: m[1] + "or" + (m[2] or "")),
    (re.compile(r"^([a-z]{1,}[^m\W\d_]|[a-z])([tbgv])re(s|d)?$"),
     lambda m: m[1] + m[2] + "er" + {"": "", "s": "s", "d": "ed"}[m[3] or ""]),
    (re.compile(r"^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), lambda m: m[1] + "iz" + m[2]),
    (re.compile(r"^([a-z]{2,})ys(e|ed|ing)$"), lambda m: m[1] + "yz" + m[2]),
    (re.compile(r"^([a-z]{2,}e)ll(ed|ing|er|ers|ous|ously)$"), lambda m: m[1] + "l" + m[2]),
    (re.compile(r"^([a-z]{3,}a)ll(ed|ing)$"), lambda m: m[1] + "l" + m[2]),
    (re.compile(r"^([a-z]{3,})ogue(s)?$"), lambda m: m[1] + "og" + (m[2] or "")),
]


#: The endings the rules look at: a word with none of them is skipped at once.
_ENDINGS = ("our", "ours", "oured", "ouring", "ourable", "ourably", "ourite", "ourites", "ourer", "ourers",
            "ourful", "ourfully", "ourless", "ourhood", "ourhoods", "ourly", "oury", "ourist", "ourists",
            "re", "res", "red", "ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers",
            "yse", "yses", "ysed", "ysing", "lled", "lling", "ller", "llers", "llous", "llously", "ogue", "ogues")


@functools.lru_cache(maxsize=1 << 16)
def us_spelling(word: str) -> str | None:
    """The American spelling of a (case-folded) word spelt another way, else None."""
    if word in _WORDS:
        return _WORDS[word]
    if len(word) < 5 or not word.endswith(_ENDINGS) or not word.isalpha():
        return None
    for pattern, make in _RULES:
        m = pattern.match(word)
        if m:
            out = make(m)
            return out if out != word else None
    return None


_REVERSE_WORDS: dict[str, list[str]] = {}
for _other, _us in _WORDS.items():
    _REVERSE_WORDS.setdefault(_us, []).append(_other)
#: American endings and the other spellings they may stand for (each one checked with us_spelling).
_BACK = [("or", "our"), ("ors", "ours"), ("ored", "oured"), ("oring", "ouring"), ("orable", "ourable"),
         ("orite", "ourite"), ("orites", "ourites"), ("orer", "ourer"), ("orers", "ourers"), ("orful", "ourful"),
         ("orhood", "ourhood"), ("orhoods", "ourhoods"), ("orly", "ourly"), ("ory", "oury"),
         ("ter", "tre"), ("ters", "tres"), ("tered", "tred"), ("ber", "bre"), ("bers", "bres"),
         ("ger", "gre"), ("gers", "gres"), ("ver", "vre"), ("vers", "vres"),
         ("ize", "ise"), ("izes", "ises"), ("ized", "ised"), ("izing", "ising"), ("ization", "isation"),
         ("izations", "isations"), ("izer", "iser"), ("izers", "isers"),
         ("yze", "yse"), ("yzed", "ysed"), ("yzing", "ysing"),
         ("eled", "elled"), ("eling", "elling"), ("eler", "eller"), ("elers", "ellers"), ("elous", "ellous"),
         ("aled", "alled"), ("aling", "alling"), ("og", "ogue"), ("ogs", "ogues")]


def spellings(word: str) -> list[str]:
    """Every spelling of a (case-folded) word that compares alike with it: "labor" → labor,
    labour; "centre" → centre, center.  What a search for one form also looks for."""
    us = us_spelling(word) or word
    out = [word] if word == us else [word, us]
    for other in _REVERSE_WORDS.get(us, []):
        if other not in out:
            out.append(other)
    for end, back in _BACK:
        if us.endswith(end):
            other = us[: len(us) - len(end)] + back
            if other not in out and us_spelling(other) == us:
                out.append(other)
    return out

