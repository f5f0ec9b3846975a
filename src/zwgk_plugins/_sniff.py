"""What a file really is, by its content: attachments are often misnamed.

Government sites publish ``.doc`` files that are really DOCX, RTF or a web
page saved by Word, and ``.et``/``.xls`` files that are really XLSX.  The
readers of the old formats use :func:`content_kind` to send each file to
the reader of what it holds.
"""

from __future__ import annotations

import io
import zipfile

from zwgk_plugins._ole import OLE_MAGIC, list_streams

__all__ = ["content_kind", "head_kind", "ole_kind"]

_ODF_TEXT = (b"application/vnd.oasis.opendocument.text",)
_ODF_SHEET = (b"application/vnd.oasis.opendocument.spreadsheet",)


def ole_kind(data: bytes, *, source: str | None = None) -> str:
    """``word``, ``sheet``, ``encrypted`` or ``ole`` (something else) for an OLE2 file."""
    names = {n.lower() for n in list_streams(data, source=source)}
    if "encryptioninfo" in names or "encryptedpackage" in names:
        return "encrypted"
    if "worddocument" in names:
        return "word"
    if "workbook" in names or "book" in names:
        return "sheet"
    return "ole"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    if mimetype.startswith(_ODF_TEXT):
        return "odt"
    if mimetype.startswith(_ODF_SHEET):
        return "ods"
    return "zip"


def content_kind(data: bytes, *, source: str | None = None) -> str:
    """The kind of document ``data`` holds, whatever its name says.

    One of ``word`` and ``sheet`` (OLE2: Word 97/WPS, Excel 97/WPS
    Spreadsheets), ``encrypted``, ``docx``, ``xlsx``, ``odt``, ``ods``,
    ``ofd``, ``rtf``, ``mht`` (a single-file web page), ``pdf``, ``html``,
    ``zip``, ``ole`` or ``unknown``.
    A damaged OLE2 file raises :class:`~zwgk.errors.ParseError`.

    >>> content_kind(b"{\\\\rtf1\\\\ansi hello}")
    'rtf'
    >>> content_kind(b"<html><body>hi</body></html>")
    'html'
    """
    head = data[:4096]
    if head.startswith(OLE_MAGIC):
        return ole_kind(data, source=source)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if stripped.startswith(b"mime-version:") and b"multipart/related" in stripped:
        return "mht"
    if b"%pdf-" in head[:1024].lower():
        return "pdf"
    if stripped.startswith((b"<html", b"<!doctype html", b"<?xml")) or b"<html" in stripped:
        return "html"
    return "unknown"


def _entry_name(name: str) -> bytes:
    return name.encode("utf-16-le") + b"\x00\x00"


def head_kind(head: bytes) -> str:
    """:func:`content_kind` of the first bytes only (for sniffing).

    An OLE2 directory may lie beyond the head; then the stream names are
    looked for as directory entries spell them.
    """
    from zwgk.errors import ParseError

    try:
        return content_kind(head)
    except ParseError:
        pass
    if _entry_name("WordDocument") in head:
        return "word"
    if _entry_name("Workbook") in head or _entry_name("Book") in head:
        return "sheet"
    return "ole"
