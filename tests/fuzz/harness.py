"""A mutation fuzzer for every reader, seeded from the test corpus in ``tests/data``.

The DOCX and PDF readers are seeded from the minimised corpus of
``tests/data/fuzz`` (small one-page files, each of another structure; see
:func:`seeds`), the other readers from every file of their format.

:func:`mutate` changes a seed file the way damaged and hostile files differ
from good ones: bytes flipped, cut, repeated or spliced from another seed,
and tokens that matter to the format (``rowspan="1000"``, ``<w:gridSpan>``,
``/Count 99999``, 序号, a control character) put in.  Office files are
mutated inside their ZIP members too, so the damage reaches the XML rather
than stopping at the archive's checksums.

:func:`run_one` reads one input and classifies the outcome: a plan, a typed
zwgk error (an expected outcome for damaged input), or a failure — an
:class:`~zwgk.errors.InternalError` (a bug in zwgk), any other exception
escaping, or, for text and HTML, visible text lost (a letter, digit or Han
character of the page found neither in the plan nor in its residue).
"""

from __future__ import annotations

import collections
import functools
import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import zwgk
from zwgk._conserve import _placed, significant
from zwgk.errors import InternalError, ZwgkError
from zwgk.lang.vocab import without_field_names

DATA = Path(__file__).resolve().parents[1] / "data"
READERS = ("text", "html", "json", "docx", "xlsx", "pdf")
_EXTENSIONS = {"text": ".txt", "html": ".html", "docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf"}

TOKENS: dict[str, tuple[bytes, ...]] = {
    "text": tuple(
        t.encode()
        for t in (
            "序号\t具体要求\t责任单位\t完成时限\n",
            "\t",
            "\n",
            "一、",
            "（一）",
            "1.",
            "1（新增）",
            "2*",
            "牵头",
            "配合",
            "年底前",
            "持续推进",
            "\r",
            "\x0c",
            "\x00",
            "|",
            "附件",
            "（略）",
            "　",
            "ａ",
            "ⅰ",
            "①",
            "責任單位",
            "2021年12月31日前",
        )
    ),
    "html": (
        b"<td>",
        b"</td>",
        b"<tr>",
        b"</tr>",
        b"<table>",
        b"</table>",
        b'rowspan="1000"',
        b'colspan="1000"',
        b'rowspan="0"',
        b'colspan="-3"',
        b"<script>x</script>\x01",
        b"<caption>\xe8\xaf\xb4\xe6\x98\x8e</caption>",
        b"<p>",
        b"<br>",
        b"<!--",
        b"-->",
        b"<![CDATA[",
        b"&#0;",
        b"&#x7;",
        b"<div style=display:none>",
        b"<noframes>",
        b"<xmp>",
        b"\xe5\xba\x8f\xe5\x8f\xb7",
        b"1\xef\xbc\x88\xe6\x96\xb0\xe5\xa2\x9e\xef\xbc\x89",
        b"<th>",
        b"<tbody>",
        b"\x00",
        b"<meta charset=big5>",
    ),
    "json": (
        b'"tasks": [',
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b'"\\ud800"',
        b"null",
        b"1e999",
        b'"number": -1',
        b'"due": "2021-02-30"',
        b'"role": "boss"',
        b'"zwgk": "plan"',
        b'"version": 2',
        b'"location": {"line": 0}',
        b"99999999999999999999",
    ),
    "zip": (
        b'<w:gridSpan w:val="60000"/>',
        b'<w:gridSpan w:val="-1"/>',
        b"<w:vMerge/>",
        b'<w:vMerge w:val="restart"/>',
        b"<w:hMerge/>",
        b'<w:gridBefore w:val="999"/>',
        b"<w:tc>",
        b"</w:tc>",
        b"<w:tr>",
        b"</w:tr>",
        b"<w:tbl>",
        b"</w:tbl>",
        b"<w:p>",
        b'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>',
        b'<row r="2000000">',
        b'<mergeCell ref="A1:Z99999"/>',
        b'<c r="A1" t="s"><v>99999</v></c>',
        b'<c r="A2" s="9999"><v>1</v></c>',
        b'<f t="shared" si="0"/>',
        b"<!DOCTYPE x>",
        b'<w:numPr><w:ilvl w:val="9"/><w:numId w:val="77"/></w:numPr>',
        b"\xe5\xba\x8f\xe5\x8f\xb7",
    ),
    "pdf": (
        b"/Count 99999",
        b"stream\n",
        b"endstream",
        b"endobj",
        b" 0 R",
        b"9999999 0 R",
        b"/Filter /FlateDecode",
        b"(",
        b")",
        b"<<",
        b">>",
        b"[",
        b"]",
        b"/Type /Page",
        b"BT /F1 12 Tf (x) Tj ET",
        b"/Length 99999999",
        b"%%EOF",
        b"xref",
        b"trailer",
    ),
}


@functools.cache
def seeds(reader: str) -> tuple[bytes, ...]:
    """The seed files of ``reader``'s format (JSON: plans written from text files).

    Text, HTML and XLSX: every file of that format in ``tests/data``.  DOCX
    and PDF: the minimised corpus of ``tests/data/fuzz`` (one-page office
    files made by ``make_fuzz_seeds.py``, each with a different structure:
    merged cells, a two-row header, a table across two pages, numbered prose
    under a page header, automatic numbering, a nested table; for PDF also
    encrypted, locked and ToUnicode-less copies).  The test corpus's DOCX and
    PDF files repeat those structures at ten to a hundred times the size (the
    DOCX files carry Word's 800 KB template), which bounds a run to a few
    inputs a second; the image-only PDF is left out as each read of it is a
    seconds-long OCR run (scans have their own tests).
    """
    if reader == "json":
        plans = [zwgk.read(p) for p in sorted(DATA.glob("text/*.txt"))[:4]]
        return tuple(zwgk.write(p, format="json") or b"" for p in plans)
    if reader in _MINIMISED:
        files = sorted((DATA / "fuzz" / reader).glob(f"*{_EXTENSIONS[reader]}"))
    else:
        files = sorted(p for p in DATA.rglob(f"*{_EXTENSIONS[reader]}") if p.is_file())
    return tuple(p.read_bytes() for p in files)


_MINIMISED = ("docx", "pdf")


@functools.cache
def _members(data: bytes) -> dict[str, bytes] | None:
    """A seed package's members by name (None when ``data`` is not a readable ZIP)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            return {n: src.read(n) for n in src.namelist()}
    except Exception:
        return None


def _bytes_mutation(
    data: bytes, rng: random.Random, tokens: tuple[bytes, ...], others: tuple[bytes, ...]
) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 8))):
        n = len(buf)
        op = rng.randrange(8)
        at = rng.randrange(n + 1) if n else 0
        if op == 0 and n:
            buf[min(at, n - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and n:
            buf[min(at, n - 1)] = rng.randrange(256)
        elif op == 2 and n:
            del buf[at : at + rng.choice((1, 4, 64, 1024))]
        elif op == 3:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.choice((1, 3, 16))))
        elif op == 4 and n:
            size = rng.choice((8, 100, 2000))
            buf[at:at] = buf[at : at + size] * rng.choice((1, 2, 20))
        elif op == 5 and others:
            other = rng.choice(others)
            start = rng.randrange(len(other) + 1)
            buf[at:at] = other[start : start + rng.choice((20, 500, 5000))]
        else:
            buf[at:at] = rng.choice(tokens)
    return bytes(buf)


def _zip_mutation(data: bytes, rng: random.Random, others: tuple[bytes, ...]) -> bytes:
    seed = _members(data)
    if seed is None:  # a seed that is not a valid zip: mutate the bytes
        return _bytes_mutation(data, rng, TOKENS["zip"], others)
    members = dict(seed)
    names = list(members)
    xml = [n for n in names if n.endswith((".xml", ".rels"))] or names
    target = rng.choice(xml)
    members[target] = _bytes_mutation(members[target], rng, TOKENS["zip"], ())
    if rng.random() < 0.1 and len(names) > 1:  # a part missing
        del members[rng.choice(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for name, body in members.items():
            dst.writestr(name, body)
    return out.getvalue()


def mutate(reader: str, rng: random.Random) -> bytes:
    """A mutated copy of one of ``reader``'s seeds (sometimes a seed unchanged)."""
    pool = seeds(reader)
    data = rng.choice(pool)
    if rng.random() < 0.02:
        return data
    if reader in ("docx", "xlsx"):
        if rng.random() < 0.8:
            return _zip_mutation(data, rng, pool)
        return _bytes_mutation(data, rng, TOKENS["zip"], pool)
    return _bytes_mutation(data, rng, TOKENS[reader], pool)


# ------------------------------------------------------------------ nothing lost


def visible_text(reader: str, data: bytes) -> str:
    """The text a person sees in a text file or a web page, as the reader decodes it."""
    from zwgk._decode import decode

    if reader == "text":
        return decode(data)[0]
    from lxml import etree
    from lxml import html as lxml_html

    from zwgk_plugins import html_format as h

    m = h._META_CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii", "replace") if m else None
    text = decode(data, declared=declared)[0]
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    text = h.clean_markup(text)[0]
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []
    _shown(root, out)
    return "".join(out)


_UNSHOWN = frozenset({"head", "script", "style", "template"})


def _shown(el: Any, out: list[str]) -> None:
    """The text of ``el`` but for elements a browser does not show (their tails are shown)."""
    if isinstance(el.tag, str) and el.tag not in _UNSHOWN:
        out.append(el.text or "")
        for child in el:
            _shown(child, out)
    out.append(el.tail or "")


def lost_text(reader: str, data: bytes, plan: zwgk.Plan) -> str:
    """The letters, digits and Han characters of the visible text the plan
    lacks (the names of fields, 责任单位：, are form: their values fill them)."""
    # each of the plan's texts apart: joined, one field's last word and the
    # next field's opening colon would read as a field's name
    have = significant("\n".join(without_field_names(text) for text in _placed(plan)))
    missing = significant(without_field_names(visible_text(reader, data))) - have
    return "".join(sorted(missing.elements()))


# ------------------------------------------------------------------ one input

FAILURES = ("bug", "escaped", "lost", "timeout", "crashed")


@attrs.define
class Outcome:
    kind: str  # "plan", an error class name, or a failure in FAILURES
    detail: str = ""


def run_one(reader: str, data: bytes, *, check_lost: bool = True) -> Outcome:
    """Read ``data`` with ``reader`` and classify what happened."""
    try:
        plan = zwgk.read(data, format=reader)
    except InternalError as exc:
        return Outcome("bug", f"{exc}")
    except ZwgkError as exc:
        return Outcome(type(exc).__name__, str(exc)[:300])
    except Exception as exc:  # anything else escaping zwgk.read is a failure
        return Outcome("escaped", f"{type(exc).__name__}: {exc}"[:500])
    if check_lost and reader in ("text", "html"):
        missing = lost_text(reader, data, plan)
        if missing:
            return Outcome("lost", missing[:200])
    return Outcome("plan")


@attrs.define
class Tally:
    """Outcomes of one reader's run."""

    reader: str
    inputs: int = 0
    outcomes: collections.Counter[str] = attrs.Factory(collections.Counter)
    longest: float = 0.0
    peak_mb: float = 0.0
    failures: list[tuple[int, str, str]] = attrs.Factory(list)

    def add(self, index: int, outcome: Outcome, seconds: float, peak_mb: float) -> None:
        self.inputs += 1
        self.outcomes[outcome.kind] += 1
        self.longest = max(self.longest, seconds)
        self.peak_mb = max(self.peak_mb, peak_mb)
        if outcome.kind in FAILURES:
            self.failures.append((index, outcome.kind, outcome.detail))
            print(f"    #{index} {outcome.kind}: {outcome.detail[:300]}", flush=True)

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.outcomes.most_common())
        bad = sum(self.outcomes[k] for k in FAILURES)
        return (
            f"{self.reader:5} inputs {self.inputs:7d}  failures {bad:4d}  "
            f"longest {self.longest:6.2f} s  peak {self.peak_mb:6.0f} MB  | {kinds}"
        )


Mutator = Callable[[str, random.Random], bytes]
