"""Small text predicates shared by the builder and the text layouts."""

from __future__ import annotations

import re

__all__ = [
    "ROLE_WORD",
    "UNIT_SUFFIX",
    "is_heading_text",
    "looks_like_responsibility",
    "squeeze",
    "strip_end_punct",
]

_WS = re.compile(r"\s+")

ROLE_WORD = re.compile(
    r"(牵头|牽頭|配合|协办|協辦|协助|協助|负责|負責|落实|落實|办理|辦理|统筹|統籌|会同|會同|"
    r"监管|監管|指导|指導|按职责|按職責|按职能|按職能|参照|參照|分工)"
)
UNIT_SUFFIX = re.compile(
    r"(室|科|股|局|委|办|辦|中心|单位|單位|部门|部門|政府|小组|小組|所|院|站|队|隊|处|處|会|會|组|組|"
    r"馆|館|署|厅|廳|部|党委|黨委|镇街|鎮街|街道|镇|鎮|区|區|县|縣|市|司|银行|銀行|社|团|團|校|台|臺|公司|集团|"
    r"专班|專班|机关|機關|各方|办公室|辦公室)$"
)
_SPLIT = re.compile(r"[、，,；;。.\s]+")
# 和/及 join two units only when the part before them is a unit itself
# (办公室和法规科); inside a name they do not (住房和城乡建设局).
_AND = re.compile(
    r"(?<=[室科股局委办辦心位门門府组組所院站队隊处處会會馆館厅廳部区區县縣市])[和及]"
)
_BRACKETS = re.compile(r"[（(〔\[【][^）)〕\]】]*[）)〕\]】]")


def squeeze(text: str) -> str:
    """Drop all whitespace (PDF extraction spaces) — for comparisons only."""
    return _WS.sub("", text)


def strip_end_punct(text: str) -> str:
    return text.strip().rstrip("。.;；，,:： \t")


def looks_like_responsibility(text: str, *, max_len: int = 80) -> bool:
    """Whether ``text`` reads as a responsibility cell (units with role words).

    Used to tell a responsibility apart from wrapped requirement text where a
    layout lost its cell boundaries.
    """
    s = squeeze(text)
    if not s or len(s) > max_len:
        return False
    if "。" in s.rstrip("。"):
        # Two sentences: allowed only when both read as responsibilities.
        parts = [p for p in s.split("。") if p]
        return all(looks_like_responsibility(p, max_len=max_len) for p in parts)
    core = s.rstrip("。.；;")
    if re.search(r"[“”《》\"]|\d{3,}|要|做好|加强(?!监管|指导)|推进|公开(?!科)", core):
        return False
    core = _BRACKETS.sub("", core)
    core = re.sub(r"等(部门|单位|部門|單位)?", "", core)
    stripped = ROLE_WORD.sub("、", core)
    stripped = re.sub(
        r"(按照?|分别|分別|职责|職責|职能|職能|分工|谁起草谁解读|加强|加強|强化|強化)",
        "、",
        stripped,
    )
    names = [m for n in _SPLIT.split(stripped) for m in _AND.split(n) if m]
    if not names:
        return bool(ROLE_WORD.search(core))
    unitish = sum(1 for n in names if UNIT_SUFFIX.search(n) or n.startswith("各"))
    return unitish >= max(1, len(names) - 1) and unitish / len(names) >= 0.6


def is_heading_text(text: str) -> bool:
    """A short line with no sentence inside (a heading that lost its ordinal)."""
    s = squeeze(text).rstrip("。")
    return 0 < len(s) <= 40 and "。" not in s and not s.endswith(("：", ":"))
