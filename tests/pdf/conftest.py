from __future__ import annotations

from pathlib import Path

import pytest

PDF_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"


@pytest.fixture
def pdf_dir() -> Path:
    return PDF_DIR


def pdf_bytes(name: str) -> bytes:
    return (PDF_DIR / f"{name}.pdf").read_bytes()


def minimal_pdf(objects: list[bytes]) -> bytes:
    """A syntactically valid PDF with the given objects (1-based) and a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
