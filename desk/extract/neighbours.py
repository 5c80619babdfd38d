"""The quotes around a pronoun's own (a base of :class:`desk.extract.pronouns.Pronouns`, split
from it): who asked the question in the paragraph before, who was quoted there, and whether the
pronoun follows a quoted question.  '“Why did you do that?” the prosecutor asked. ¶ “Because I
was scared,” she said.' is the one who answers, not the asker."""

from __future__ import annotations

import re


class Neighbours:
    """Methods over the quotes next to a pronoun; the analysis (text, paragraphs, mentions) is
    the object's own."""

    def _asker_before(self, pos: int) -> int | None:
        """Who asked the question that is the paragraph before, when the pronoun at ``pos``
        attributes the quote opening its own paragraph: the person an asking cue after that
        question names ("“Why did you do that?” the prosecutor asked.")."""
        para = self.para_of(pos)
        p0 = self.paras[para][0]
        if para == 0 or self.text[p0:p0 + 1] not in "\"“" or self.text[max(0, pos - 6):pos].rstrip(" ,\u201d\"'’").endswith("?"):
            return None
        q0, q1 = self.paras[para - 1]
        for m in self.mentions:
            if q0 <= m[0] < q1 and m[2] is not None and re.match(r"\s+(?:asked|asks)\b", self.text[m[1]:m[1] + 8]) \
                    and re.search(r"\?[”\"]", self.text[q0:m[0]]):
                return m[2]
        return None

    def _quoted_before(self, pos: int) -> int | None:
        """Who is quoted in the paragraph before the pronoun's, when the pronoun's quote opens its
        own paragraph: the person named by the cue right after a quote there ("“…,” Halvorsen said")."""
        para = self.para_of(pos)
        p0 = self.paras[para][0]
        if para == 0 or self.text[p0:p0 + 1] not in "\"“":
            return None
        q0, q1 = self.paras[para - 1]
        said = [m[2] for m in self.mentions if q0 <= m[0] < q1 and m[2] is not None and m[3] == "name"
                and re.search(r"[”\"]\s*$", self.text[max(q0, m[0] - 3):m[0]])]
        return said[-1] if said else None

    def _after_question(self, pos: int) -> bool:
        """The pronoun at ``pos`` follows a quoted question ("“Where is the plan?” she said"): the
        asker speaks, not the one asked."""
        before = self.text[max(0, pos - 6):pos].rstrip(" ,\u201d\"'’")
        return before.endswith("?")
