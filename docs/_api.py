"""Generate docs/api.md from the public API's docstrings.

Run ``python docs/_api.py`` after changing a public docstring; a test checks
that docs/api.md is current.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

MODULES = [
    ("zwgk", None),
    ("zwgk.errors", None),
    ("zwgk.document", None),
    ("zwgk.plugins", None),
    ("zwgk.lang", None),
    ("zwgk.assembly", None),
    ("zwgk.lang.labels", None),
    ("zwgk.lang.vocab", None),
    ("zwgk.diff", None),
    ("zwgk.cascade", None),
    ("zwgk.safety", None),
    ("zwgk.serde", None),
    ("zwgk.testing", None),
]


def _first_paragraph(doc: str | None) -> str:
    if not doc:
        return ""
    text = inspect.cleandoc(doc)
    return text.split("\n\n", 1)[0].replace("\n", " ")


def _signature(obj: object) -> str:
    import enum

    import attrs

    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return ": " + ", ".join(repr(m.value) for m in obj)
    if inspect.isclass(obj) and attrs.has(obj):
        return "(" + ", ".join(f.name for f in attrs.fields(obj) if f.init) + ")"
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return ""
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


def render() -> str:
    out = [
        "# API reference",
        "",
        "Generated from the docstrings by `python docs/_api.py`; the first paragraph of each.",
        "",
    ]
    for name, _ in MODULES:
        module = importlib.import_module(name)
        out += [f"## `{name}`", "", _first_paragraph(module.__doc__), ""]
        names = sorted(getattr(module, "__all__", []))
        seen_here = set()
        for attr in names:
            if attr.startswith("__"):
                continue
            obj = getattr(module, attr)
            if name != "zwgk" and getattr(obj, "__module__", "").startswith("zwgk") is False:
                continue
            if name != "zwgk" and inspect.isroutine(obj) is False and inspect.isclass(obj) is False:
                continue
            seen_here.add(attr)
            kind = "class" if inspect.isclass(obj) else "function" if callable(obj) else "value"
            sig = _signature(obj) if kind != "value" else ""
            doc = _first_paragraph(getattr(obj, "__doc__", None)) if kind != "value" else ""
            out.append(f"- **`{attr}{sig}`** ({kind}) — {doc}".rstrip(" —"))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    target = Path(__file__).with_name("api.md")
    text = render()
    if "--check" in sys.argv:
        return 0 if target.read_text("utf-8") == text else 1
    target.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
