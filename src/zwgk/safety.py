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
* XML parts that declare a ``DOCTYPE`` or entities (billion laughs, external
  entities) (:class:`~zwgk.errors.UnsafeInputError`).

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

import io
import re
import zipfile
from typing import Any

import attrs

from zwgk._model import Location
from zwgk.errors import (
    EncryptedDocumentError,
    InputTooLargeError,
    ParseError,
    UnsafeInputError,
)

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "Package",
    "open_package",
    "parse_xml",
    "safe_xml_parser",
]

_MiB = 1024 * 1024


@attrs.frozen
class Limits:
    """Limits applied to an untrusted archive.

    ``max_entries`` caps the number of members; ``max_member_size`` the
    uncompressed size of one member and ``max_total_size`` of all of them
    (bytes); ``max_ratio`` the uncompressed/compressed ratio of a member larger
    than ``ratio_floor`` bytes (small parts compress very well and are
    harmless).  ``max_text`` caps the characters of one table cell or paragraph
    a reader keeps, ``max_depth`` how deeply tables may nest.
    """

    max_entries: int = 5_000
    max_member_size: int = 128 * _MiB
    max_total_size: int = 256 * _MiB
    max_ratio: float = 200.0
    ratio_floor: int = 1 * _MiB
    max_text: int = 1_000_000
    max_depth: int = 32


DEFAULT_LIMITS = Limits()
"""The limits readers use unless given ``limits=``."""

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
    the archive directory do not help an attacker), every ``.xml``/``.rels``
    part is scanned for a DOCTYPE or entity declaration.  Raises
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
    except (OSError, ValueError, EOFError) as exc:
        raise ParseError(
            f"not a valid {what}: unreadable ZIP container ({exc})", source=source
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
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
                raise ParseError(
                    f"corrupt archive member ({exc})",
                    source=source,
                    location=Location(path=info.filename),
                ) from None
            except (ValueError, NotImplementedError, RuntimeError) as exc:
                # unsupported compression method, zlib errors, …
                raise ParseError(
                    f"unreadable archive member ({exc})",
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
            lower = info.filename.lower()
            if lower.endswith((".xml", ".rels", ".vml")):
                _check_no_dtd(body, source=source, part=info.filename)
            members[info.filename] = body
    return Package(data=data, names=tuple(members), members=members)
