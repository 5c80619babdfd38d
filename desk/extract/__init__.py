"""Reading documents and stories: quotes and who spoke them, and a library's passages.

Sources are read by :mod:`desk.extract.formats` (text out of .txt, .md, .html, .docx, .pdf, .srt,
.vtt) and cut into speaker turns by :mod:`desk.extract.transcripts` (labelled transcripts,
captions, notes, email threads) or :mod:`desk.extract.article` (the quotes of an article or a
release).  A draft's quotes and their speakers come from :func:`desk.extract.quotes.find_quotes`.

Quote finding
=============

Layout, one module per pass: ``marks`` (paragraphs and quote marks), ``narration`` (the text
outside the marks: tokens, sentences, bylines), ``people`` (who the story names; ``runs`` reads
one run of capitalised words: titles, organisation or place), ``mentions`` (names, role phrases
and pronouns in order; ``pronouns`` resolves he, she and they), ``phrases`` (the subject noun phrase of a cue
verb), ``attribution`` and ``leading`` (the cues after and before a quote), ``late`` (the cues
closing or around it), ``carry`` (whether an earlier voice goes on), ``grouping`` (which spans
make one quote, and which share an attribution), and ``quotes``, which gives each quote its
speaker. Word lists are in ``lexicon``.

Method, in five passes over the text (all linear; a 1,000-word story takes a few milliseconds):

1. **Paragraphs.** Blocks separated by blank lines; a block whose lines mostly end a sentence (or
   start with a bullet) is split into one paragraph per line, so pasted text with single
   newlines and reporter's notes work too, while hard-wrapped paragraphs stay whole.

2. **Quote marks**, scanned paragraph by paragraph so that a stray mark can only spoil its own
   paragraph, never the document. Openers: “ " « „ (and a misused ” at a word start). A quote
   opened by “ closes at the matching ” (curly doubles nest by depth), « at », „ at “ or ”, " at
   the next " (or at a curly mark standing where a closer stands, “ included: "… now.“). Single
   quotes (‘ ’ ') are never top-level marks: inside a quote they are nested
   quotation and stay part of the outer quote; outside one they are apostrophes (don't, workers',
   the ’90s, kids' just before a closing mark). An opened quote with no closer runs to the end of
   its paragraph; if the next paragraph opens with a quote mark it continues there (newspaper
   convention: one quote, one part per paragraph). Whitespace just inside the marks is trimmed.

3. **People.** Text outside the quote marks ("narration") is tokenised. Runs of capitalised
   words are people when something says so: an honorific or title (Mr., Dr., Coun., Finance
   Minister), a role noun just before (union president, businessman), an appositive after
   (", an economist at …", ", 47,", ", who …"), a speech cue next to them, a common first name,
   or a known library speaker, a speaker's label before a quote ("Bush: “…”"), a name set off
   after a role noun ("the 2012 nominee, Mitt Romney"). A word that is mostly no name (May,
   West, Read) is a surname only right after a given name or, alone, before a cue once the full
   name was given; "Kelly" and "Will" before a cue are names, not an adverb or an auxiliary.
   Runs that look like organisations or places (the …, Institute,
   Falls, Street, after "in"/"at"/"from") are not; an organisation keeps its own first words
   (a nationality or an acronym: "Canadian Tire", "BC Ferries"; a title word: "Federal Aviation
   Administration") and its parts around "and" ("Fisheries and Oceans Canada"). A lone surname or "Mr. Surname" is the
   person the story named with that surname (story first), else a known speaker. Titles,
   role words and appositives give each person a set of role words ("finance minister",
   "chief constable", "vice-president") and, from honorifics, gendered role nouns and a short
   list of common first names, a gender. Headline-free bylines ("By Jane Doe"), photo credits
   ("(Luis Tato/AFP/Getty Images)"), links to other coverage ("READ MORE: …", "WATCH: …"),
   embedded tweets ("— Name (@handle) Dec. 18, 2018") and page furniture ("Story continues below
   advertisement") are ignored: nobody there is a pronoun's antecedent or an uncued quote's speaker.
   Then the narration is walked in order building a list of mentions: names, role phrases
   ("the finance minister": the head noun must be a role word some person in the story was
   introduced with, or a known speaker's alias; modifiers break ties, a missing qualifier such
   as *deputy* counts against, then the most recent person wins) and pronouns.
   **Pronouns** he/him/his/himself and she/her/herself resolve to the nearest earlier sentence
   holding a person whose gender agrees or is unknown, and in that sentence to the first such
   person (usually the subject: "Smith met Jones. … he said" → Smith), unless another agreeing person
   there is the subject of a speech cue ("… leaders like Laurier wanted …,” Foster writes. “…,” he
   writes" → Foster); a person of unknown gender then takes the pronoun's
   gender, so later pronouns agree with it ("track gender from pronouns already used").
   *They* is resolved only as the subject of a speech cue, and only to the nearest person if
   that person's gender is unknown or *they* (so a group "they" does not grab a man or woman).

4. **Grouping** (SPEC §3): each quoted span is one quote. Two spans of one paragraph are one
   quote in two parts only when they are one sentence broken by its attribution (“We can build
   our way out of this,” she said, “but not with red tape.”: the first part ends in a comma or
   dash, the attribution — speaker + cue verb, maybe an appositive — ends in a comma, and the
   second part goes on in lower case or with "I"; see :func:`interrupted_sentence`). “A,” he
   said. “B.” is two quotes; the second, having no attribution of its own, shares the first's.
   A paragraph that opens a quote and does not close it continues into the next paragraph that
   opens with a quote mark: one quote, one part per paragraph (:mod:`desk.extract.grouping`).

5. **Attribution**, first hit wins:
   a. right after a part: ``, NP [, appositive,] [adverb] VERB`` ("Okafor said", "the minister
      told the house" — in "X told Y" X speaks), ``, VERB NP`` ("said Marguerite Bellamy, …"),
      ``, according to NP``. After a part ending in a full stop it must be a short sentence of
      its own, so "“We will.” Smith said the plan…" does not attribute the first quote; nor
      does the next sentence when the quote closed a sentence of the writer's with a cue of its
      own ("Police said the man was “known to police.” Sgt. Kelly Ferris said …": police), nor
      a reaction to a quote that goes on from the one before ("“A,” said X. “B.” Y agreed.":
      X's, :mod:`desk.extract.grouping`);
   b. before the first part, in the same sentence: the nearest cue — a cue verb with its subject
      found backwards (skipping auxiliaries, adverbs, comma-bounded appositives, relative
      clauses and parentheses, so "Okafor, asked last week whether …, said:" and "Sen. Ruiz
      (D-Ore.), who has endorsed Reyes, said" give Okafor and Ruiz; a passive "were told" is no cue),
      "according to NP", a speech noun ("a promise Premier X made", "the minister's line that");
      a participle cue ("describing the plan as") takes the first person of its sentence;
      An inverted cue after a comma whose person stands right before the quote ("Rather than
      the current layout, asks editor Jennifer Ditchburn, “has anyone …”") is that person.
      A cue inside a person's that-clause reports that person's account ("Trump said that
      Romney begged him … and “would have dropped to his knees”": Trump), unless it introduces
      the quote itself with a colon or comma ("said that Okafor told her: “…”": Okafor; "said
      residents told her, “…”": nobody). The main clause's subject is found past an opening
      phrase or subordinate clause ("Like Corker, Menendez …, arguing", "In June, after Clinton
      fell ill, Axelrod emailed her, telling her"). "Quoted X as saying", "the claim, made by
      X, that", "X’s controversial pledge to be", "X’s conclusion that her actions were" are X;
      a sign or banner that "read" is nobody;
   b2. the agent of a passive cue ('was called “a disgrace” by Sen. Ruiz', 'was accused by
      Ed Tark of “…”', 'were told by Fire Chief Roy Denner, “…”'); a passive cue with no agent
      ('Ed Tark was asked, “…?”', 'was described as “…”') is nobody's, never its subject's; else the
      person a relative clause holding the quote describes ('Doug Purdy, who lost 16 lbs. “and
      two belt loops” since May, says'; four words or more, no cue or auxiliary in the clause),
      else a cue closing the
      quote's sentence after more words (“…” would be right, Carson said.; also past an
      appositive: ", said Dr. Rob Rutledge, a Halifax oncologist.");
   a2. a quote opening the paragraph after one that ends in a colon ("Dr. Ward stated:",
      "The Times confirmed it, reporting:"): that sentence's cue, else its last person;
   c. no cue: a credit line ("“…” ― Name", or a next paragraph that says whose words they
      were: "That was coach Dale Sutter's blunt assessment"), nobody after a colon that ends
      a clause of the writer's ("I asked Hale: “…”"), the last person before an introducing colon, the
      first person named earlier in the quote's own sentence, the voice of an earlier quote of
      the paragraph, else the last person named in the paragraph; a quote that goes on from a
      name in lower case ('The Prime Minister “could get a deal …”') is said about that person,
      so the name is passed over (:func:`desk.extract.around.quoted_predicate`);
   d. a paragraph with no cue at all continues: the last quote of the previous paragraph if it
      had one, else the first person mentioned in that paragraph's last sentence that names one —
      except a turn of a question-and-answer exchange between two speakers, paragraph by
      paragraph, where a bare question put to "you" or a bare answer to one is the other side's
      (:func:`desk.extract.exchange.exchange`); and inside a paragraph, a quote after a short
      sentence of someone else's gesture ("Betsy Ebeling shook her head. “…”") is theirs
      (:func:`desk.extract.exchange.new_subject`).
      ``mention`` is then None. Not when the quote's own sentence has a cue whose subject was
      not read ('“…,” opined the city's largest daily', 'Several said they would rather …
      “block grants”'): that sentence has a speaker of its own, and a wrong name is worse than
      none (:func:`desk.extract.carry.cue_unread`).  A quoted question put to "you", answered in the next
      paragraph with the interviewee's own cue, is the interviewer's: nobody (``asked_of``).
   An organisation is a speaker only as the subject of a cue ("Fox News reported", "Gowdy’s
   office said" — the office, not Gowdy); its name is then the speaker, not a library person.
   A person named with the organisation speaks for it ("Chief Judy Wilson of the Neskonlith
   Indian Band said" → Judy Wilson), and someone of it the story does not name is nobody ("A
   spokesperson for the Department of Justice said" → None, never an earlier paragraph's person).
   The cue's subject resolves through the mention list: pronoun → its antecedent, role phrase →
   the person introduced with that role, name → the fullest form of the name in the story, or
   the canonical name of the matching known speaker when the story gives no fuller one.
   A description for someone just named ('“…,” said the rookie defenceman' after Jones scored)
   is that person, and "the statement said" is whoever was just said to issue it
   (:mod:`desk.extract.described`); other descriptions stay as written.
   Unnamed subjects ("a spokeswoman", "officials", "Sources", "some analysts") give speaker None, and so
   does a sentence whose subject is someone's spokeswoman, lawyer or aide ("Marsh’s spokeswoman
   added that …", "his daughter said", "according to his physician"): the owner is not taken
   for the speaker, nor is an earlier paragraph's person; a given name set after kin is the
   speaker as written ('says Wise’s dad, Darrin.'). "According to" an outlet with a person
   speaking in the sentence ('Bullard gave an interview noting … “…,” according to CNBC') is
   that person's. In ", he said, “knows …”" after "Schumer", the pronoun is not Schumer.

**Scare quotes**: one to three words, a single part that is not a whole paragraph, and no speech
cue anywhere in its sentence (“virtual” visits, with “IOU” scrawled on it, Mayor Ruiz began her
“listening” tour) — a person named in the sentence is not a cue.  A short quote that is a
sentence of its own opening its paragraph (“We will rebuild.” Abara said it twice) or that
follows a name and a colon (Coach Beth Ironside: “We’ll see.”) is speech, not a scare quote. They are returned with
``skipped="scare_quote"`` and no speaker. A fragment is a quote when a person is the subject of
its cue (what she called “front-line services”) or when its sentence has a speech cue other than
a naming verb, whoever speaks (an adviser says he is on a “glide path”). A naming verb (call,
dub, term, label, describe, dismiss as, portray as) with nobody in particular as subject is how
reporters introduce loaded words, not speech: what some analysts called “rosy” stays a scare
quote; with a person as subject it attributes (Ebbers dismissed the dispute as “absurd”), and so
does an organisation or a particular person the story describes ("The union called the offer
“insulting.”"), unless the words are a coined name ("the “Ranger Series”").  A quote of one to
three capitalised words between a given name and a surname is a nickname ('Jesse “Spider”
Kowal'), part of the name, skipped with ``skipped="nickname"``.

**Titles of works** (“Meet the Press”, CNN’s “New Day”): up to five capitalised words right
after a possessive, "on", "titled" or a word for a kind of work, or before "star" or "host" (up
to twelve after a kind of work: the book “Crippled America: How to …”), and the headline of a
cited article (“Council delays vote,” by the Post’s Ana Ruiz) are skipped with
``skipped="title"`` (:func:`desk.extract.credits.work_title`).

Known limits: no syntax parser, so unusual sentence shapes (the speaker named only in a clause
after the quote that is not an attribution, long chains of nested reported speech) fall back to
the nearest-person rules; single-quoted headlines ('No room for complacency') are not quotes.
"""
