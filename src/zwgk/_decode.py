"""Decode the bytes of a text or web page: UTF-8, GB18030/GBK or Big5.

Detection is restricted to the encodings Chinese plans are really published
in.  Replacement characters and likely garbling are reported as
diagnostics, with the line they are on.
"""

from __future__ import annotations

import codecs
import re

from zwgk._model import Diagnostic, Location, Severity

__all__ = ["decode", "garbling_diagnostics"]

# Characters that are frequent in plans, in both scripts.  Text decoded with
# the wrong codec is made of rare characters, so the share of these is a
# good score.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点"
    "从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原"
    "又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革"
    "位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强"
    "放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交"
    "受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八"
    "离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布"
    "复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精"
    "值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照"
    "参红细引听该铁价严龙飞們時來國會對經現點動學關發實開長進種過義問當東務門爲條專區網數據辦組織體應設"
    "應見間們頭見聽讀資環權稅衛醫療區鎮縣級廣單業財產產監執備項導營農設負責統籌協調報規劃當據業務"
)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GARBLED = re.compile(
    r"[\u4e00-\u9fff][?？]+[!！“”\"]|[\u4e00-\u9fff]\?[,，。\s]|[\u4e00-\u9fff]\?$"
)


def _score(text: str) -> float:
    han = _CJK.findall(text)
    if not han:
        return 0.0
    return sum(1 for ch in han if ch in _COMMON) / len(han)


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def decode(
    data: bytes, *, declared: str | None = None, source: str | None = None
) -> tuple[str, str, list[Diagnostic]]:
    """Decode ``data``; return the text, the encoding used and diagnostics.

    ``declared`` is an encoding the source claims (an HTML ``<meta charset>``);
    it is tried first but not trusted blindly.
    """
    diagnostics: list[Diagnostic] = []
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            return text, enc, _replacements(text, enc, diagnostics)
    candidates = ["utf-8", "gb18030", "big5"]
    if declared:
        name = _canonical(declared)
        if name in candidates:
            candidates.remove(name)
            candidates.insert(0, name)
    strict: list[tuple[float, int, str, str]] = []
    for i, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if enc == "utf-8":
            # Valid UTF-8 that is not ASCII is almost never another encoding.
            return text, enc, _replacements(text, enc, diagnostics)
        strict.append((_score(text), -i, enc, text))
    if strict:
        strict.sort(reverse=True)
        _, _, enc, text = strict[0]
        return text, enc, _replacements(text, enc, diagnostics)
    # Nothing decodes cleanly: take the best-scoring lenient decoding.
    lenient = []
    for i, enc in enumerate(candidates):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        lenient.append((_score(text) - bad / max(1, len(text)), -i, enc, text))
    lenient.sort(reverse=True)
    _, _, enc, text = lenient[0]
    return text, enc, _replacements(text, enc, diagnostics)


def _canonical(name: str) -> str:
    try:
        info = codecs.lookup(name.strip().lower())
    except LookupError:
        return name.lower()
    mapping = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "big5hkscs": "big5"}
    return mapping.get(info.name, info.name.replace("_", "-"))


def _replacements(text: str, encoding: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    count = text.count("\ufffd")
    if count:
        first = text.index("\ufffd")
        diagnostics.append(
            Diagnostic(
                "encoding.replacement",
                f"{count} byte sequence(s) could not be decoded as {encoding} "
                "and were replaced with U+FFFD",
                Severity.WARNING,
                Location(line=_line_of(text, first)),
            )
        )
    diagnostics.extend(garbling_diagnostics(text))
    return diagnostics


def garbling_diagnostics(text: str, *, limit: int = 20) -> list[Diagnostic]:
    """Diagnostics for lines that look garbled (``落實“六?!比蝿?``).

    Lines are counted as the matches advance, so a long page with many
    matches costs one pass, not one count from the top per match.
    """
    out: list[Diagnostic] = []
    if "?" not in text and "？" not in text:
        return out  # every match holds a question mark: most texts have none
    line, counted = 1, 0
    for m in _GARBLED.finditer(text):
        line += text.count("\n", counted, m.start())
        counted = m.start()
        if out and out[-1].location is not None and out[-1].location.line == line:
            continue
        start = max(0, m.start() - 8)
        snippet = text[start : m.end() + 8].replace("\n", " ")
        out.append(
            Diagnostic(
                "text.garbled",
                f"likely garbled text (mis-decoded characters): {snippet!r}",
                Severity.WARNING,
                Location(line=line),
            )
        )
        if len(out) >= limit:
            break
    return out
