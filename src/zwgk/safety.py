"""Safety checks for untrusted office files (DOCX, XLSX and other ZIP+XML packages).

Every reader of an office format calls :func:`open_package` **before** a
third-party library sees the bytes.  It refuses, with a typed error that says
what and where:

* something that is not a ZIP archive, or a corrupt/truncated one
  (:class:`~zwgk.errors.ParseError`), and an encrypted Office file, which is an
  OLE container rather than a ZIP (:class:`~zwgk.errors.EncryptedDocumentError`);
* too many entries, a member or a total that inflates beyond the limits, or a
  compression ratio typical of a zip bomb
  (:class:`~zwgk.errors.InputTooLargeError`).  Declared sizes are checked
  first, then every member is really decompressed through a size-capped stream,
  because the sizes in the archive directory can lie;
* members that are XML by their content, whatever their name, and declare a
  ``DOCTYPE`` or entities (billion laughs, external entities) or use an
  encoding that hides them (:class:`~zwgk.errors.UnsafeInputError`).

:func:`parse_xml` parses XML with a parser that never loads a DTD, never
resolves an entity and never touches the network.

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("a.xml", "<a>hi</a>")
>>> package = open_package(buf.getvalue())
>>> package.names
('a.xml',)
>>> parse_xml(package.read("a.xml")).text
'hi'
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import re
import signal
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from zwgk._model import Location
from zwgk.errors import (
    EncryptedDocumentError,
    InputTooLargeError,
    ParseError,
    UnsafeInputError,
    ZwgkError,
)

__all__ = [
    "DEFAULT_LIMITS",
    "Budget",
    "Limits",
    "Package",
    "check_xml_part",
    "current_budget",
    "dependency_failures",
    "open_package",
    "parse_xml",
    "raised_in",
    "reading",
    "safe_xml_parser",
]

_MiB = 1024 * 1024


@attrs.frozen
class Limits:
    """The budget a read works within: sizes, counts and time.

    Every reader checks these **before** it does the work they bound:
    declared dimensions, spans and row numbers are compared with them, not
    trusted.  Going beyond one raises :class:`~zwgk.errors.InputTooLargeError`
    naming the field; pass ``limits=zwgk.Limits(field=...)`` to
    :func:`zwgk.read` to raise it.

    Archives: ``max_entries`` caps the number of members; ``max_member_size``
    the uncompressed size of one member and ``max_total_size`` of all of them
    (bytes); ``max_ratio`` the uncompressed/compressed ratio of a member larger
    than ``ratio_floor`` bytes (small parts compress very well and are
    harmless).

    Content: ``max_text`` caps the characters of one table cell or paragraph
    a reader keeps; ``max_depth`` how deeply tables may nest;
    ``max_chars`` the characters of text in the whole source;
    ``max_cells`` the positions of one table (rows × columns, merged cells
    counted at every position they cover) and the cells of a workbook;
    ``max_span`` a declared row or column span; ``max_rows`` and
    ``max_columns`` a declared row or column number (Excel's own limits by
    default); ``max_pages`` the pages of a PDF; ``max_pixels`` the pixels of
    one page image read by OCR (a scanned PDF's pages are rendered at no more,
    a larger image file is refused); ``timeout`` the seconds the whole read
    (reader and plan builder) may take.

    >>> Limits(max_cells=10).max_cells
    10
    """

    max_entries: int = 5_000
    max_member_size: int = 128 * _MiB
    max_total_size: int = 256 * _MiB
    max_ratio: float = 200.0
    ratio_floor: int = 1 * _MiB
    max_text: int = 1_000_000
    max_depth: int = 32
    max_chars: int = 64 * _MiB
    max_cells: int = 2_000_000
    max_span: int = 1_000
    max_rows: int = 1_048_576
    max_columns: int = 16_384
    max_pages: int = 500
    max_pixels: int = 50_000_000
    timeout: float = 60.0


DEFAULT_LIMITS = Limits()
"""The limits readers use unless given ``limits=``."""


class Budget:
    """One read's :class:`Limits` and its deadline.

    :func:`reading` makes one for the duration of a read; readers reach it
    with :func:`current_budget` and call :meth:`check` before work whose size
    the input declares, and :meth:`check_time` in their loops.
    """

    def __init__(self, limits: Limits = DEFAULT_LIMITS, *, source: str | None = None) -> None:
        self.limits = limits
        self.source = source
        self.started = time.monotonic()
        self.deadline = self.started + limits.timeout

    def check(
        self,
        name: str,
        size: int,
        what: str,
        *,
        location: Location | None = None,
    ) -> None:
        """Raise :class:`InputTooLargeError` when ``size`` is beyond the limit ``name``."""
        limit = getattr(self.limits, name)
        if size > limit:
            raise InputTooLargeError(
                what, size=size, limit=int(limit), source=self.source, location=location,
                limit_name=name,
            )  # fmt: skip

    def check_time(self, location: Location | None = None) -> None:
        """Raise :class:`InputTooLargeError` once the read has run out of time."""
        if time.monotonic() > self.deadline:
            raise self.timeout_error(location)

    def timeout_error(self, location: Location | None = None) -> InputTooLargeError:
        elapsed = time.monotonic() - self.started
        return InputTooLargeError(
            "reading took longer than the time limit (the source is damaged, hostile or "
            "unusually large)",
            size=int(elapsed),
            limit=int(self.limits.timeout),
            source=self.source,
            location=location,
            limit_name="timeout",
        )


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("zwgk_budget", default=None)


def current_budget() -> Budget:
    """The budget of the read in progress (a fresh default one outside :func:`reading`)."""
    budget = _BUDGET.get()
    return budget if budget is not None else Budget()


@contextlib.contextmanager
def reading(limits: Limits | None = None, *, source: str | None = None) -> Iterator[Budget]:
    """Run a read within ``limits``; nested calls share the outermost budget.

    The time limit covers everything inside the block.  Readers check it in
    their loops; in the main thread a timer also interrupts code that does
    not check (a plan builder working on a huge table), unless the program
    uses ``SIGALRM`` itself.
    """
    outer = _BUDGET.get()
    if outer is not None:
        yield outer
        return
    budget = Budget(limits or DEFAULT_LIMITS, source=source)
    token = _BUDGET.set(budget)
    alarm = _Alarm(budget)
    try:
        alarm.arm()
        yield budget
    finally:
        alarm.disarm()
        _BUDGET.reset(token)


class _Alarm:
    """A ``SIGALRM`` timer that raises the budget's timeout error (main thread only)."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.previous: Any = None
        self.armed = False

    def arm(self) -> None:
        if (
            not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN)
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0
            or not 0 < self.budget.limits.timeout < 1e7
        ):
            return
        self.previous = signal.signal(signal.SIGALRM, self._fire)
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, self.budget.limits.timeout)

    def _fire(self, signum: int, frame: Any) -> None:
        if self.armed:
            raise self.budget.timeout_error()

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def raised_in(exc: BaseException, packages: tuple[str, ...]) -> bool:
    """Whether ``exc`` was raised inside one of ``packages`` rather than in zwgk.

    The innermost frame of the traceback that belongs to zwgk or to one of
    ``packages`` decides (frames of the standard library, such as ``zlib``
    or ``struct`` called by a dependency, do not count).
    """
    ours = ("zwgk", "zwgk_plugins")
    last = ""
    tb = exc.__traceback__
    while tb is not None:
        top = str(tb.tb_frame.f_globals.get("__name__", "")).partition(".")[0]
        if top in packages or top in ours:
            last = top
        tb = tb.tb_next
    return last in packages


def _zwgk_error_within(exc: BaseException) -> ZwgkError | None:
    """A zwgk error that a library caught and wrapped in one of its own, if any."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ZwgkError):
            return item
        todo.extend((item.__cause__, item.__context__, *item.args))
    return None


@contextlib.contextmanager
def dependency_failures(
    packages: tuple[str, ...],
    what: str,
    *,
    source: str | None = None,
    where: Callable[[], Location | None] | None = None,
) -> Iterator[None]:
    """Turn an exception raised inside ``packages`` on bad input into :class:`ParseError`.

    A parsing library meeting a damaged file raises whatever its code hits
    (``KeyError``, ``struct.error``, an ``OSError`` about the content of bytes
    already in memory, its own exceptions); those become a
    ParseError saying ``what`` failed and ``where()`` (a page, a sheet).  An
    exception raised in zwgk's own code passes through: it is a bug, and
    :func:`zwgk.read` reports it as :class:`~zwgk.errors.InternalError`.
    """
    try:
        yield
    except (ZwgkError, MemoryError, RecursionError):
        raise
    except Exception as exc:
        ours = _zwgk_error_within(exc)
        if ours is not None:  # the library wrapped one of ours (the time limit's timer)
            raise ours from None
        if not raised_in(exc, packages):
            raise
        budget = _BUDGET.get()
        if budget is not None and time.monotonic() > budget.deadline:
            raise budget.timeout_error() from exc  # interrupted by the timer, not damaged
        detail = str(exc) or type(exc).__name__
        raise ParseError(
            f"{what}: {type(exc).__name__}: {detail[:300]}",
            source=source,
            location=where() if where is not None else None,
        ) from exc


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 64 * 1024
# <!DOCTYPE and <!ENTITY in the encodings an XML part may use.
_DTD_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_RE_16 = [
    re.compile(re.escape("<!DOCTYPE".encode(enc)), re.IGNORECASE)
    for enc in ("utf-16-le", "utf-16-be")
] + [
    re.compile(re.escape("<!ENTITY".encode(enc)), re.IGNORECASE)
    for enc in ("utf-16-le", "utf-16-be")
]


def safe_xml_parser() -> Any:
    """An lxml parser that loads no DTD, resolves no entity and uses no network.

    ``huge_tree`` stays off, so lxml's own limits on depth and text size apply.
    """
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, *, source: str | None = None, part: str | None = None) -> Any:
    """Parse untrusted XML safely; a DTD or entity raises :class:`UnsafeInputError`.

    Returns the root element.  Malformed XML raises :class:`ParseError` naming
    ``part`` (the archive member) when given.
    """
    from lxml import etree

    where = Location(path=part) if part else None
    _check_no_dtd(data, source=source, part=part)
    try:
        root = etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed XML: {exc}", source=source, location=where) from None
    if root is None:
        raise ParseError("empty XML document", source=source, location=where)
    if root.getroottree().docinfo.doctype:
        raise UnsafeInputError("XML with a DOCTYPE is refused", source=source, location=where)
    return root


def _check_no_dtd(data: bytes, *, source: str | None, part: str | None) -> None:
    where = Location(path=part) if part else None
    if _DTD_RE.search(data) or any(r.search(data) for r in _DTD_RE_16):
        raise UnsafeInputError(
            "XML declares a DOCTYPE or entities; refused (entity expansion and external "
            "entities are a known attack)",
            source=source,
            location=where,
        )


# How an XML document begins in the encodings a parser detects without a
# declaration (Appendix F of the XML specification).
_XML_8BIT = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*<[?!A-Za-z_:]")
_XML_16 = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
_XML_OTHER = (b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00",
              b"\x4c\x6f\xa7\x94", b"\x00\x00<\x00", b"\x00<\x00\x00")  # fmt: skip
_XML_DECL_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")


def _xml_kind(data: bytes) -> str | None:
    """``"8bit"``, ``"utf-16"`` or ``"other"`` when ``data`` is XML by its first bytes."""
    head = data[:4]
    if head.startswith(_XML_OTHER) or head in _XML_OTHER:
        return "other"
    if head.startswith(_XML_16):
        return "utf-16"
    if _XML_8BIT.match(data[:256]):
        return "8bit"
    return None


def _ascii_compatible(encoding: bytes) -> bool:
    import codecs

    try:
        name = codecs.lookup(encoding.decode("ascii").strip()).name
    except (LookupError, UnicodeDecodeError, ValueError):
        return False
    probe = "<!DOCTYPE ENTITY>"
    try:
        return probe.encode(name) == probe.encode("ascii")
    except (UnicodeError, LookupError):
        return False


def check_xml_part(data: bytes, *, source: str | None = None, part: str | None = None) -> bool:
    """Check one member of a package by its content; return whether it is XML.

    Whatever its name (``sheet1.bin`` is parsed as XML if the package says
    it is a worksheet), a member whose bytes begin as XML does is refused
    with :class:`UnsafeInputError` when it declares a DOCTYPE or entities,
    is in an encoding that would hide them from this check (UTF-7, UTF-32,
    EBCDIC), and its prolog is parsed with lxml's safe settings (no DTD
    loading, no entity resolution, no network) to confirm.
    """
    kind = _xml_kind(data)
    if kind is None:
        return False
    where = Location(path=part) if part else None
    if kind == "other":
        raise UnsafeInputError(
            "XML part in UTF-32 or EBCDIC, which office files never use; refused",
            source=source,
            location=where,
        )
    if kind == "8bit":
        declared = _XML_DECL_ENCODING.match(data[:512])
        if declared and not _ascii_compatible(declared.group(1)):
            raise UnsafeInputError(
                f"XML part declares the encoding {declared.group(1).decode('ascii', 'replace')!r}"
                ", which hides markup from safety checks; refused",
                source=source,
                location=where,
            )
    _check_no_dtd(data, source=source, part=part)
    _check_prolog(data, source=source, where=where)
    return True


def _check_prolog(data: bytes, *, source: str | None, where: Location | None) -> None:
    """Parse up to the root element with lxml's safe settings; refuse any DTD found.

    The bytes are fed in small pieces and parsing stops at the root element's
    start tag, so the cost does not grow with the part's size.
    """
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("start",),
        load_dtd=False,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        dtd_validation=False,
    )
    try:
        for at in range(0, len(data), _PROLOG_CHUNK):
            parser.feed(data[at : at + _PROLOG_CHUNK])
            for _event, el in parser.read_events():
                info = el.getroottree().docinfo
                if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
                    raise UnsafeInputError(
                        "XML part declares a DOCTYPE; refused", source=source, location=where
                    )
                return
    except etree.XMLSyntaxError:
        return  # malformed: the reader that needs this part reports it


_PROLOG_CHUNK = 512


@attrs.frozen
class Package:
    """A ZIP package that passed :func:`open_package`.

    ``data`` are the original bytes (hand them to python-docx or openpyxl);
    ``names`` the member names in archive order.  :meth:`read` returns a
    member's bytes (already checked).
    """

    data: bytes
    names: tuple[str, ...]
    _members: dict[str, bytes] = attrs.field(repr=False)

    def read(self, name: str) -> bytes:
        """The decompressed bytes of member ``name`` (``KeyError`` if absent)."""
        return self._members[name]

    def __contains__(self, name: object) -> bool:
        return name in self._members


# What zipfile raises on a damaged or unsupported archive: a bad header or CRC,
# corrupt deflate data (zlib.error), a compression method or zip version it does
# not implement, truncated structures (struct.error, EOFError), bad names.
_ZIP_FAILURES: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    struct.error,
    KeyError,
    IndexError,
    OverflowError,
)


def _read_capped(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, *, source: str | None
) -> bytes:
    out = io.BytesIO()
    size = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise InputTooLargeError(
                    "archive member inflates beyond the limit",
                    size=size,
                    limit=cap,
                    source=source,
                    location=Location(path=info.filename),
                )
            out.write(chunk)
    return out.getvalue()


def open_package(
    data: bytes,
    *,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    what: str = "office document",
) -> Package:
    """Check an untrusted ZIP package and return its members.

    Every member is decompressed through a capped stream (so lying sizes in
    the archive directory do not help an attacker); every member that is XML
    by its content, whatever its name, is checked by :func:`check_xml_part`.  Raises
    :class:`ParseError` (not a ZIP, corrupt, truncated),
    :class:`EncryptedDocumentError`, :class:`InputTooLargeError` or
    :class:`UnsafeInputError`.
    """
    if data[:8] == _OLE_MAGIC:
        raise EncryptedDocumentError(
            f"this {what} is an OLE container: either encrypted (password-protected) or an "
            "old binary .doc/.xls file; save it as .docx/.xlsx without a password",
            source=source,
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ParseError(
            f"not a valid {what}: the ZIP container is corrupt or truncated ({exc})",
            source=source,
        ) from None
    except _ZIP_FAILURES as exc:
        raise ParseError(
            f"not a valid {what}: unreadable ZIP container ({type(exc).__name__}: {exc})",
            source=source,
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise InputTooLargeError(
                "archive has too many entries",
                size=len(infos),
                limit=limits.max_entries,
                source=source,
            )
        declared = 0
        for info in infos:
            where = Location(path=info.filename)
            if info.flag_bits & 0x1:
                raise EncryptedDocumentError(
                    "archive member is encrypted", source=source, location=where
                )
            if info.file_size > limits.max_member_size:
                raise InputTooLargeError(
                    "archive member declares an uncompressed size beyond the limit",
                    size=info.file_size,
                    limit=limits.max_member_size,
                    source=source,
                    location=where,
                )
            if info.file_size > limits.ratio_floor and (
                info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise InputTooLargeError(
                    "archive member has a compression ratio typical of a zip bomb",
                    size=info.file_size // max(info.compress_size, 1),
                    limit=int(limits.max_ratio),
                    source=source,
                    location=where,
                )
            declared += info.file_size
        if declared > limits.max_total_size:
            raise InputTooLargeError(
                "archive declares a total uncompressed size beyond the limit",
                size=declared,
                limit=limits.max_total_size,
                source=source,
            )
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            cap = min(limits.max_member_size, limits.max_total_size - total)
            try:
                body = _read_capped(zf, info, cap, source=source)
            except InputTooLargeError as exc:
                if total + exc.size > limits.max_total_size:
                    raise InputTooLargeError(
                        "archive inflates beyond the total limit",
                        size=total + exc.size,
                        limit=limits.max_total_size,
                        source=source,
                        location=Location(path=info.filename),
                    ) from None
                raise
            except _ZIP_FAILURES as exc:
                # corrupt deflate data, an unsupported method or version, a bad CRC …
                raise ParseError(
                    f"corrupt archive member ({type(exc).__name__}: {exc})",
                    source=source,
                    location=Location(path=info.filename),
                ) from None
            total += len(body)
            if len(body) > limits.ratio_floor and len(body) > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise InputTooLargeError(
                    "archive member has a compression ratio typical of a zip bomb",
                    size=len(body) // max(info.compress_size, 1),
                    limit=int(limits.max_ratio),
                    source=source,
                    location=Location(path=info.filename),
                )
            check_xml_part(body, source=source, part=info.filename)
            members[info.filename] = body
    return Package(data=data, names=tuple(members), members=members)
