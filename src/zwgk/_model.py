"""The typed model of a plan.

Every value is an immutable, slotted attrs class, validated when it is
constructed.  ``value.evolve(field=...)`` (or :func:`attrs.evolve`) makes a
cheap copy with changes.  The model knows nothing of formats: readers build
it, writers consume it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, ClassVar, Self

import attrs

from zwgk.errors import ValidationError

__all__ = [
    "Assignment",
    "Deadline",
    "DeadlineKind",
    "Diagnostic",
    "Location",
    "Plan",
    "PlanRef",
    "Residue",
    "Responsibility",
    "Role",
    "Severity",
    "Task",
]


class Role(enum.Enum):
    """What a unit does for a task."""

    LEAD = "lead"
    """牵头, 统筹, the subject of 会同."""
    ASSIST = "assist"
    """配合, 协办, 协助, the object of 会同."""
    OWNER = "owner"
    """负责, 落实, 办理, or no role word."""
    SUPERVISE = "supervise"
    """监管, 指导."""


class DeadlineKind(enum.Enum):
    """How a deadline is stated."""

    DATE = "date"
    """A calendar date (``2021年11月20日前``, ``年底前``); ``due`` may be unknown."""
    RECURRING = "recurring"
    """Every year, quarter, month, … (``每年1月31日前``, ``每月至少更新2条``)."""
    ONGOING = "ongoing"
    """Continuous work (``及时更新``, ``长期开展``)."""
    RELATIVE = "relative"
    """Relative to another event (``在本方案公布后10个工作日内``)."""


class Severity(enum.Enum):
    """How serious a diagnostic is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def _check_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise ValidationError(type(inst).__name__, attribute.name, value, "must be a str")


def _check_opt_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(type(inst).__name__, attribute.name, value, "must be a str or None")


def _check_opt_int(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValidationError(
            type(inst).__name__, attribute.name, value, "must be an int >= 0 or None"
        )


def _check_opt_date(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise ValidationError(
            type(inst).__name__, attribute.name, value, "must be a datetime.date or None"
        )


def _instance_of(kind: type, optional: bool = False) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise ValidationError(
                type(inst).__name__,
                attribute.name,
                value,
                f"must be a {kind.__name__}" + (" or None" if optional else ""),
            )

    return check


def _tuple_of(kind: type) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise ValidationError(
                    type(inst).__name__,
                    f"{attribute.name}[{i}]",
                    item,
                    f"must be a {kind.__name__}",
                )

    return check


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, str):
        # A bare string would be split into characters: refuse it loudly.
        raise ValidationError("sequence", "value", value, "must be a sequence, not a str")
    return tuple(value)


def _to_role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            "Assignment", "role", value, f"must be one of {[r.value for r in Role]}"
        ) from None


def _to_kind(value: DeadlineKind | str) -> DeadlineKind:
    if isinstance(value, DeadlineKind):
        return value
    try:
        return DeadlineKind(value)
    except ValueError:
        raise ValidationError(
            "Deadline",
            "kind",
            value,
            f"must be one of {[k.value for k in DeadlineKind]}",
        ) from None


def _to_severity(value: Severity | str) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(value)
    except ValueError:
        raise ValidationError(
            "Diagnostic",
            "severity",
            value,
            f"must be one of {[s.value for s in Severity]}",
        ) from None


class _Evolve:
    __slots__ = ()

    def evolve(self, **changes: Any) -> Self:
        """Return a copy with ``changes`` applied (validated like a new value)."""
        return attrs.evolve(self, **changes)  # type: ignore[misc]


@attrs.frozen
class Location(_Evolve):
    """Where something came from in its source.

    Every field is optional: a text reader fills ``line``, a PDF reader
    ``page``, a spreadsheet reader ``sheet``/``row``/``column``, an HTML
    reader ``path`` (an XPath-like path).  ``line``, ``row`` and ``column``
    count from 1.
    """

    line: int | None = attrs.field(default=None, validator=_check_opt_int)
    column: int | None = attrs.field(default=None, validator=_check_opt_int)
    page: int | None = attrs.field(default=None, validator=_check_opt_int)
    sheet: str | None = attrs.field(default=None, validator=_check_opt_str)
    row: int | None = attrs.field(default=None, validator=_check_opt_int)
    end_line: int | None = attrs.field(default=None, validator=_check_opt_int)
    path: str | None = attrs.field(default=None, validator=_check_opt_str)

    def __str__(self) -> str:
        parts: list[str] = []
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet}")
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            if self.end_line is not None and self.end_line != self.line:
                parts.append(f"lines {self.line}-{self.end_line}")
            else:
                parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        if self.path is not None:
            parts.append(self.path)
        return ", ".join(parts) or "unknown location"


@attrs.frozen
class Assignment(_Evolve):
    """One unit and its role in a task.

    ``unit`` is the name as written.  ``qualified`` is the full name where
    the text relies on a shared prefix (``市發展改革局、商務局`` → the
    second unit is ``商務局``, qualified ``市商務局``).
    """

    unit: str = attrs.field(validator=_check_str)
    role: Role = attrs.field(converter=_to_role)
    qualified: str | None = attrs.field(default=None, validator=_check_opt_str)

    @property
    def name(self) -> str:
        """The qualified name when there is one, else the unit as written."""
        return self.qualified or self.unit


@attrs.frozen
class Responsibility(_Evolve):
    """Who does a task: the text as written and the units with their roles."""

    raw: str = attrs.field(validator=_check_str)
    assignments: tuple[Assignment, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Assignment)
    )

    def units(self, role: Role | None = None) -> tuple[str, ...]:
        """The units (as written), optionally only those with ``role``."""
        return tuple(a.unit for a in self.assignments if role is None or a.role is role)

    @property
    def leads(self) -> tuple[str, ...]:
        """The lead units."""
        return self.units(Role.LEAD)

    @property
    def assists(self) -> tuple[str, ...]:
        """The assisting units."""
        return self.units(Role.ASSIST)


@attrs.frozen
class Deadline(_Evolve):
    """When a task is due.

    ``raw`` is the expression as written; ``kind`` how it is stated; ``due``
    the date when one is known (for several dates, the first); ``dates`` all
    the dates the expression names; ``period`` the recurrence (``year``,
    ``half-year``, ``quarter``, ``month``, ``week``, ``day``) of a recurring
    deadline.
    """

    raw: str = attrs.field(validator=_check_str)
    kind: DeadlineKind = attrs.field(converter=_to_kind)
    due: dt.date | None = attrs.field(default=None, validator=_check_opt_date)
    dates: tuple[dt.date, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(dt.date)
    )
    period: str | None = attrs.field(default=None, validator=_check_opt_str)


@attrs.frozen
class PlanRef(_Evolve):
    """A reference to another plan, usually a parent (``根据《…》（…号）``)."""

    title: str | None = attrs.field(default=None, validator=_check_opt_str)
    doc_number: str | None = attrs.field(default=None, validator=_check_opt_str)


@attrs.frozen
class Residue(_Evolve):
    """Text a reader could not place in the plan, kept with the reason why."""

    text: str = attrs.field(validator=_check_str)
    reason: str = attrs.field(validator=_check_str)
    location: Location | None = attrs.field(
        default=None, validator=_instance_of(Location, optional=True)
    )


@attrs.frozen
class Diagnostic(_Evolve):
    """Something a reader noticed: garbled text, a guess it had to make, …

    ``code`` is a stable identifier (``encoding.replacement``, …).
    """

    code: str = attrs.field(validator=_check_str)
    message: str = attrs.field(validator=_check_str)
    severity: Severity = attrs.field(default=Severity.WARNING, converter=_to_severity)
    location: Location | None = attrs.field(
        default=None, validator=_instance_of(Location, optional=True)
    )


@attrs.frozen
class Task(_Evolve):
    """One task of a plan.

    ``number`` is the task's own number (``（二十九）`` → 29) and ``label``
    how it is written; ``section`` the headings above it without their
    ordinals and ``section_labels`` those ordinals; ``text`` the requirement
    without its label and responsibility.  Tasks that share one
    responsibility cell carry the same ``group``.  ``tags`` are free-form
    markers (a merge marks proposed additions ``proposed``).
    """

    text: str = attrs.field(validator=_check_str)
    number: int | None = attrs.field(default=None, validator=_check_opt_int)
    label: str = attrs.field(default="", validator=_check_str)
    section: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(str)
    )
    section_labels: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(str)
    )
    responsibility: Responsibility | None = attrs.field(
        default=None, validator=_instance_of(Responsibility, optional=True)
    )
    deadline: Deadline | None = attrs.field(
        default=None, validator=_instance_of(Deadline, optional=True)
    )
    note: str | None = attrs.field(default=None, validator=_check_opt_str)
    group: int | None = attrs.field(default=None, validator=_check_opt_int)
    location: Location | None = attrs.field(
        default=None, validator=_instance_of(Location, optional=True)
    )
    tags: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(str))

    @property
    def ref(self) -> str:
        """A short human reference: the label, or the number, or ``?``."""
        if self.label:
            return self.label
        return str(self.number) if self.number is not None else "?"


@attrs.frozen
class Plan(_Evolve):
    """A government-disclosure plan: its metadata and its tasks.

    ``parents`` are the plans this one implements; ``default_deadline``
    applies to tasks without their own.  ``residue`` keeps what the reader
    could not place; ``diagnostics`` what it noticed.  ``source`` names the
    file it was read from and ``format`` the reader.
    """

    __zwgk_kind__: ClassVar[str] = "plan"

    tasks: tuple[Task, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Task)
    )
    title: str | None = attrs.field(default=None, validator=_check_opt_str)
    issuer: str | None = attrs.field(default=None, validator=_check_opt_str)
    doc_number: str | None = attrs.field(default=None, validator=_check_opt_str)
    date: dt.date | None = attrs.field(default=None, validator=_check_opt_date)
    year: int | None = attrs.field(default=None, validator=_check_opt_int)
    parents: tuple[PlanRef, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(PlanRef)
    )
    default_deadline: Deadline | None = attrs.field(
        default=None, validator=_instance_of(Deadline, optional=True)
    )
    residue: tuple[Residue, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Residue)
    )
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Diagnostic)
    )
    source: str | None = attrs.field(default=None, validator=_check_opt_str)
    format: str | None = attrs.field(default=None, validator=_check_opt_str)

    def __len__(self) -> int:
        return len(self.tasks)

    def sections(self) -> tuple[tuple[str, ...], ...]:
        """The distinct section paths, in order of first appearance."""
        seen: dict[tuple[str, ...], None] = {}
        for task in self.tasks:
            seen.setdefault(task.section, None)
        return tuple(seen)

    def task(self, number: int) -> Task:
        """The first task numbered ``number``; ``KeyError`` if there is none."""
        for task in self.tasks:
            if task.number == number:
                return task
        raise KeyError(number)

    def _repr_html_(self) -> str:
        from zwgk._notebook import plan_html

        return plan_html(self)

    def to_dataframe(self) -> Any:
        """One row per task, as a pandas ``DataFrame`` (``pip install 'zwgk[pandas]'``)."""
        from zwgk._notebook import plan_frame

        return plan_frame(self)
