"""Word 97, WPS, RTF and OpenDocument files, and Excel 97 and WPS sheets.

Each file goes by what it holds, not by its name (:func:`content_kind`):

* a Word 97 or WPS Writer file (OLE2 with a ``WordDocument`` stream), RTF or
  ODF text is converted to DOCX by LibreOffice (:mod:`zwgk_plugins._soffice`:
  headless, a private profile, macros off, no network, a time limit) and
  read by the DOCX reader;
* an Excel 97 or WPS Spreadsheets file (OLE2 with a ``Workbook`` stream) is
  read by the ``xls`` reader (xlrd, merged cells and number formats from the
  BIFF records); an ODF spreadsheet is converted to XLSX by LibreOffice;
* a single-file web page (MHT, as Word saves one, sometimes named ``.doc``)
  is unpacked and its page read by the HTML reader;
* a ``.doc`` that is really DOCX, a web page saved by Word or a PDF, or an
  ``.et``/``.xls`` that is really XLSX, goes to the reader of what it is.

The plan says in a diagnostic how the file was read.
"""

from __future__ import annotations

from typing import Any

from zwgk._model import Diagnostic, Plan, Severity
from zwgk.errors import EncryptedDocumentError, ParseError
from zwgk.plugins import FormatInfo, registry
from zwgk_plugins._sniff import content_kind, head_kind

__all__ = ["DocFormat", "MhtFormat", "OdtFormat", "RtfFormat", "read_by_content"]

_NAMES = {
    "word": "Word 97/WPS document",
    "rtf": "RTF document",
    "odt": "OpenDocument text",
    "ods": "OpenDocument spreadsheet",
}
_SUFFIX = {"word": ".doc", "rtf": ".rtf", "odt": ".odt", "ods": ".ods"}
_DELEGATE = {
    "docx": "docx",
    "xlsx": "xlsx",
    "html": "html",
    "pdf": "pdf",
    "ofd": "ofd",
    "sheet": "xls",
}


def _delegate(kind: str, data: bytes, name: str | None, options: dict[str, Any]) -> Plan:
    reader = registry.reader(_DELEGATE[kind])
    registry.check_available(reader)
    plan: Plan = reader.read(data, name=name, **options)
    return plan


def _note(plan: Plan, fmt: str, message: str) -> Plan:
    diagnostic = Diagnostic("office.converted", message, Severity.INFO)
    return plan.evolve(format=fmt, diagnostics=(*plan.diagnostics, diagnostic))


def _mht_page(data: bytes, name: str | None) -> bytes:
    """The HTML page of a single-file web page (MIME multipart/related, as Word saves one)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                if charset and b"charset" not in payload[:2048].lower():
                    meta = f'<meta charset="{charset}">'.encode("ascii", "replace")
                    payload = meta + payload
                return payload
    raise ParseError("the single-file web page (MHT) holds no HTML page", source=name)


def read_by_content(
    data: bytes, *, name: str | None, fmt: str, expected: str, options: dict[str, Any]
) -> Plan:
    """Read ``data`` with the reader of what it holds; ``expected`` is what its name says."""
    timeout = options.pop("timeout", None)
    kind = content_kind(data, source=name)
    if kind == "encrypted":
        raise EncryptedDocumentError(
            "the file is encrypted (password-protected); save it again without a password",
            source=name,
        )
    if kind == "mht":
        page = _mht_page(data, name)
        plan = _delegate("html", page, name, options)
        return _note(plan, fmt, "the file is a single-file web page (MHT); its page was read")
    if kind in _DELEGATE:
        plan = _delegate(kind, data, name, options)
        if kind == "sheet":
            return plan
        return _note(plan, fmt, f"the file holds {kind.upper()}, not {expected}; read as such")
    if kind not in _NAMES:
        raise ParseError(f"not a {expected}: its content is {kind}", source=name)
    from zwgk_plugins._soffice import DEFAULT_TIMEOUT, convert

    what = _NAMES[kind]
    target = "xlsx" if kind == "ods" else "docx"
    converted = convert(
        data,
        suffix=_SUFFIX[kind],
        to=target,
        what=what,
        source=name,
        timeout=DEFAULT_TIMEOUT if timeout is None else float(timeout),
    )
    plan = _delegate(target, converted, name, options)
    return _note(plan, fmt, f"{what} converted to {target.upper()} by LibreOffice and read")


class _ByContent:
    info: FormatInfo
    expected = ""
    kinds: tuple[str, ...] = ()

    def sniff(self, head: bytes, name: str | None) -> float:
        kind = head_kind(head)
        if kind == "ole" and "word" in self.kinds:
            return 0.5  # an OLE2 directory beyond the head: read() routes it by content
        return 0.9 if kind in self.kinds else 0.0

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        return read_by_content(
            data, name=name, fmt=self.info.name, expected=self.expected, options=options
        )


class DocFormat(_ByContent):
    """The ``doc`` reader: Word 97 (``.doc``/``.dot``) and WPS Writer (``.wps``/``.wpt``)."""

    expected = "Word 97/WPS document"
    kinds = ("word",)
    info = FormatInfo(
        name="doc",
        description="Word 97 and WPS Writer documents (via LibreOffice, then the DOCX reader)",
        extensions=(".doc", ".dot", ".wps", ".wpt"),
        media_types=("application/msword", "application/kswps"),
        priority=5,
        extra="docx",
        requires=("docx",),
    )


class RtfFormat(_ByContent):
    """The ``rtf`` reader: RTF documents, through LibreOffice and the DOCX reader."""

    expected = "RTF document"
    kinds = ("rtf",)
    info = FormatInfo(
        name="rtf",
        description="RTF documents (via LibreOffice, then the DOCX reader)",
        extensions=(".rtf",),
        media_types=("application/rtf", "text/rtf"),
        priority=5,
        extra="docx",
        requires=("docx",),
    )


class OdtFormat(_ByContent):
    """The ``odt`` reader: OpenDocument text and spreadsheets, through LibreOffice."""

    expected = "OpenDocument file"
    kinds = ("odt", "ods")
    info = FormatInfo(
        name="odt",
        description="OpenDocument text and spreadsheets (via LibreOffice, then DOCX/XLSX)",
        extensions=(".odt", ".ott", ".ods", ".ots"),
        media_types=("application/vnd.oasis.opendocument.text",),
        priority=5,
        extra="office",
        requires=("docx", "openpyxl"),
    )


class MhtFormat(_ByContent):
    """The ``mht`` reader: single-file web pages (``.mht``/``.mhtml``), often saved by Word."""

    expected = "single-file web page"
    kinds = ("mht",)
    info = FormatInfo(
        name="mht",
        description="single-file web pages (MHT/MHTML, as Word saves them)",
        extensions=(".mht", ".mhtml"),
        media_types=("multipart/related", "message/rfc822"),
        priority=5,
    )
