"""Word documents: read plans from DOCX files and write them in the official layout.

Reading (:class:`DocxFormat`, ``format="docx"``): the file is checked by
:func:`zwgk.safety.open_package` first (zip bombs, DTDs/entities, corrupt
archives), then its main part is parsed with the safe XML parser.  Every table becomes a
:class:`~zwgk.document.Grid` with its true spans (``w:vMerge`` -> ``rowspan``,
``w:gridSpan`` -> ``colspan``); a table continued after a page break is joined
to the one before it; one-cell layout tables are unwrapped; paragraphs become
:class:`~zwgk.document.Block` values (with Word's automatic numbering put back
in front of them).  Text in content controls, fields and tracked insertions is
read; deleted text is not.  Every ``w:t`` of the body is checked against what
was placed, and text that was not placed is kept as residue.

Writing: A4 page with GB/T 9704 margins, the title in 方正小标宋简体 (宋体 as the
fallback named in the font table), notice lines and body in 仿宋_GB2312 (仿宋),
a bordered table whose header row repeats on every page.  Options:
``strict=True`` raises :class:`~zwgk.errors.WriteError` on characters a
document cannot hold (else they become U+FFFD), ``report=[]`` collects a
message per replaced field, ``lang="en"`` writes the headers and fixed words
in English (``zh``, the default, in Chinese; only a Chinese table reads back,
as the reader finds it by its Chinese header words).
"""

from __future__ import annotations

from typing import IO, Any

from zwgk._model import Plan
from zwgk.document import Document
from zwgk.plugins import FormatInfo
from zwgk.safety import Limits
from zwgk_plugins._office import build, check_plan, writer_lang, writer_options

__all__ = ["DocxFormat", "read_docx_document"]


def read_docx_document(
    data: bytes, *, name: str | None = None, limits: Limits | None = None
) -> Document:
    """The paragraphs and tables of a DOCX file, before they become a plan.

    Useful to see what the builder is given; :func:`zwgk.read` calls this and
    then :func:`zwgk.build_plan`.
    """
    from zwgk_plugins._docx_read import read_document

    return read_document(data, name=name, limits=limits)


class DocxFormat:
    """Reads plans from ``.docx`` files and writes them in the official layout."""

    info = FormatInfo(
        name="docx",
        description="Word documents: plan tables or numbered paragraphs (GB/T 9704 layout)",
        extensions=(".docx",),
        media_types=("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
        priority=10,
        extra="docx",
        requires=("docx",),
        kinds=("plan",),
    )

    def sniff(self, head: bytes, name: str | None) -> float:
        if not head.startswith(b"PK\x03\x04"):
            return 0.0
        if b"word/" in head:
            return 0.95
        return 0.1

    def read(self, data: bytes, *, name: str | None = None, **options: Any) -> Plan:
        limits = options.pop("limits", None)
        document = read_docx_document(data, name=name, limits=limits)
        return build(document, name=name, options=options)

    def write(self, obj: Any, stream: IO[bytes], **options: Any) -> None:
        from zwgk_plugins._docx_write import write_docx

        lang = writer_lang(options)
        clean = writer_options(options)
        write_docx(check_plan(obj, "docx"), stream, clean, lang)
