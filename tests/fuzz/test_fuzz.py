"""The short fuzz run of the normal test suite: mutated corpus files through every reader.

Hypothesis drives :func:`tests.fuzz.harness.mutate` (so a failure shrinks
to a small list of mutations) and :func:`~tests.fuzz.harness.run_one`
classifies the outcome.  A plan or a typed zwgk error passes; a bug in zwgk
(:class:`~zwgk.errors.InternalError`), any other exception, or visible
text lost (text and HTML) fails.  The long run is ``nox -s fuzz``.
"""

from __future__ import annotations

import logging
import random
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.harness import FAILURES, READERS, mutate, run_one, seeds

# examples per reader: together about twenty seconds on an idle core
EXAMPLES = {"text": 80, "html": 80, "json": 300, "docx": 20, "xlsx": 40, "pdf": 6}


@pytest.mark.parametrize("reader", READERS)
def test_mutated_corpus_files_end_in_a_plan_or_a_typed_error(reader: str) -> None:
    assert seeds(reader), f"no {reader} files in tests/data"

    @settings(
        max_examples=EXAMPLES[reader],
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(rng=st.randoms(use_true_random=False))
    def check(rng: random.Random) -> None:
        data = mutate(reader, rng)
        outcome = run_one(reader, data)
        assert outcome.kind not in FAILURES, outcome

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.CRITICAL)
        try:
            check()
        finally:
            logging.disable(logging.NOTSET)


def test_the_harness_sees_a_failure() -> None:
    """A reader that loses text or crashes is counted as failing, not as a typed error."""
    import zwgk
    from zwgk.plugins import FormatInfo, registry

    class _Dropping:
        info = FormatInfo(name="dropping-html")

        def sniff(self, head: bytes, name: str | None) -> float:
            return 0.0

        def read(self, data: bytes, *, name: str | None = None) -> zwgk.Plan:
            if b"crash" in data:
                raise KeyError("oops")
            return zwgk.Plan(title="t")

    registry.register(_Dropping(), group="zwgk.readers")
    try:
        assert run_one("dropping-html", b"<p>crash</p>").kind == "bug"
        from tests.fuzz.harness import lost_text

        plan = zwgk.read(b"<p>x</p>", format="dropping-html")
        assert lost_text("html", "<p>序号 1（新增）</p>".encode(), plan) == "1号增序新"
    finally:
        registry.unregister("dropping-html", group="zwgk.readers")


def test_the_docx_and_pdf_seeds_are_small_real_files_of_varied_structure() -> None:
    """The minimised seed corpus keeps the structures the readers handle, in small files."""
    import contextlib
    import io
    import re
    import zipfile

    import pypdfium2 as pdfium

    import zwgk
    from zwgk.errors import EncryptedDocumentError, ParseError

    parts = []
    for data in seeds("docx"):
        assert len(data) < 40_000
        assert len(zwgk.read(data, format="docx").tasks) >= 2
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            body = zf.read("word/document.xml").decode()
        parts.append((names, body))
    bodies = "\n".join(body for _, body in parts)
    for mark in ("<w:vMerge", "<w:gridSpan", "<w:numPr", "<w:tblHeader", 'w:type="page"'):
        assert mark in bodies, mark
    assert any(re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", body, re.S) for _, body in parts)
    assert any(any(n.startswith("word/header") for n in names) for names, _ in parts)

    pages, plans, refused = [], 0, set()
    for data in seeds("pdf"):
        assert len(data) < 40_000
        try:
            plans += len(zwgk.read(data, format="pdf").tasks) >= 2
        except (EncryptedDocumentError, ParseError) as exc:  # locked; fonts without Unicode
            refused.add(type(exc))
        with contextlib.suppress(pdfium.PdfiumError):  # the locked one does not open
            pages.append(len(pdfium.PdfDocument(data)))
    assert plans >= 6 and refused == {EncryptedDocumentError, ParseError} and max(pages) >= 2
