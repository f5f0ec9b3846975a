"""Pinyin glosses a mirror site inserts after characters, read through.

Some mirror sites convert a page to Traditional script and write the reading
of a character that has several after it, every time it occurs:
``各區(qū)政府``, ``市發(fā)展改革委``.  The glosses break every word they fall
in (a unit's name, a role word, a header), so a plan is read with them
taken out and given back, after each character that had one, to every text
the reading returns: the plan says what the page said.
"""

from __future__ import annotations

import collections
from typing import Final

import attrs

from zwgk._model import Deadline, Diagnostic, Location, Plan, PlanRef, Residue, Severity, Task
from zwgk.lang.normalize import PINYIN_GLOSS

__all__ = ["Glosses"]

GLOSS_CODE: Final = "text.pinyin_glosses"
R_GLOSS: Final = "pinyin gloss not given back: its character is written without one elsewhere"


@attrs.frozen
class Glosses:
    """The gloss a text writes after each character it glosses."""

    after: dict[str, str]  # character -> its gloss
    count: int  # glosses in the text
    first: tuple[int, str]  # the line of the first gloss, and the gloss
    #: glosses not given back (the character is written without one more often,
    #: or glossed otherwise): each line and the character with the gloss
    left: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, text: str) -> Glosses | None:
        """The glosses of ``text``: a character's gloss is the one written
        after most of its occurrences (None when ``text`` has none)."""
        if "(" not in text and "（" not in text:
            return None
        found = list(PINYIN_GLOSS.finditer(text))
        if not found:
            return None
        votes: dict[str, collections.Counter[str]] = {}
        for m in found:
            votes.setdefault(text[m.start() - 1], collections.Counter())[m.group()] += 1
        after = {}
        for ch, glosses in votes.items():
            gloss, n = glosses.most_common(1)[0]
            if 2 * n >= text.count(ch):
                after[ch] = gloss
        line = text.count("\n", 0, found[0].start()) + 1
        left = tuple(
            (text.count("\n", 0, m.start()) + 1, text[m.start() - 1] + m.group())
            for m in found
            if after.get(text[m.start() - 1]) != m.group()
        )
        return cls(after, len(found), (line, found[0].group()), left)

    @staticmethod
    def strip(text: str) -> str:
        """``text`` without its glosses."""
        return PINYIN_GLOSS.sub("", text)

    def restore(self, text: str) -> str:
        """``text`` with each glossed character's gloss after it again."""
        if not any(ch in self.after for ch in text):
            return text
        out = []
        for i, ch in enumerate(text):
            gloss, rest = self.after.get(ch, ""), text[i + 1 :]
            if gloss and rest and gloss.startswith(rest):
                gloss = ""  # a page cut inside the gloss: ``區(q`` as the page ends
            out.append(ch + gloss)
        return "".join(out)

    def _opt(self, text: str | None) -> str | None:
        return None if text is None else self.restore(text)

    def _deadline(self, deadline: Deadline | None) -> Deadline | None:
        return None if deadline is None else attrs.evolve(deadline, raw=self.restore(deadline.raw))

    def _task(self, task: Task) -> Task:
        resp = task.responsibility
        if resp is not None:
            assignments = tuple(
                attrs.evolve(a, unit=self.restore(a.unit), qualified=self._opt(a.qualified))
                for a in resp.assignments
            )
            resp = attrs.evolve(resp, raw=self.restore(resp.raw), assignments=assignments)
        return attrs.evolve(
            task,
            text=self.restore(task.text),
            section=tuple(self.restore(s) for s in task.section),
            responsibility=resp,
            deadline=self._deadline(task.deadline),
            note=self._opt(task.note),
        )

    def diagnostic(self) -> Diagnostic:
        """The warning that the page holds a mirror's glosses."""
        line, gloss = self.first
        return Diagnostic(
            GLOSS_CODE,
            f"{self.count} pinyin glosses inserted by a mirror site, first {gloss!r}",
            Severity.WARNING,
            Location(line=line),
        )

    def restore_plan(self, plan: Plan) -> Plan:
        """``plan`` read from the text without glosses, its texts given them back."""
        parents = tuple(PlanRef(self._opt(p.title), self._opt(p.doc_number)) for p in plan.parents)
        residue = tuple(attrs.evolve(r, text=self.restore(r.text)) for r in plan.residue)
        residue += tuple(Residue(g, R_GLOSS, Location(line=no)) for no, g in self.left)
        diagnostics = plan.diagnostics
        if not any(d.code == GLOSS_CODE for d in diagnostics):
            diagnostics = (*diagnostics, self.diagnostic())
        return attrs.evolve(
            plan,
            tasks=tuple(self._task(t) for t in plan.tasks),
            title=self._opt(plan.title),
            issuer=self._opt(plan.issuer),
            doc_number=self._opt(plan.doc_number),
            parents=parents,
            default_deadline=self._deadline(plan.default_deadline),
            residue=residue,
            diagnostics=diagnostics,
        )
