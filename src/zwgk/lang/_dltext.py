"""Length-preserving normalisation and small numerals for deadline and date text.

Every function here maps text to text of the *same length*, so that a match
found in the normalised text is a span of the original: the public functions
report spans and raw text as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from zwgk.lang.numerals import parse_number

__all__ = ["cn_int", "fold", "make_date", "month_end"]

# Full-width digits and punctuation that take part in dates.
_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_WIDTH.update({"．": ".", "／": "/", "－": "-", "～": "~", "：": ":"})
# Zero as written in years: 二〇二一, 二○二一, 二Ｏ二一.
_WIDTH.update({"○": "〇", "Ｏ": "〇", "零": "〇"})

# Traditional characters of the words deadlines and notices are made of,
# one character each (so that the text keeps its length).  The words are few
# and closed; a full converter would not keep offsets.
_TRAD = (
    "聽听時时開开續续發发週周內内個个後后會会長长態态應应門门條条場场屆届審审檢检報报"
    "進进實实規规議议與与於于號号辦办關关務务們们達达標标準准並并當当隨随適适頭头專专"
    "欄栏補补經经動动堅坚復复佈布廳厅屬属縣县區区鎮镇勞劳環环現现樣样題题處处劃划歷历"
    "檔档彙汇級级範范轉转貫贯徹彻稱称間间陳陈劉刘組组織织導导見见為为畫画釐厘週周圍围"
    "屆届項项細细單单點点製制訂订講讲記记錄录論论據据從从對对書书辭辞傳传衛卫數数稅税"
    "財财資资產产網网頁页訊讯備备過过總总結结應应錄录詢询舉举辦办歲岁歡欢億亿萬万"
    "層层餘余畢毕啟启強强費费爭争類类讀读盡尽隊队遠远選选師师縮缩線线額额顯显陸陆"
    "鄉乡義义務务術术權权機机構构東东貨货幣币廣广國国誌志紀纪園园葉叶滿满雲云"
    "龍龙豐丰陽阳遼辽寧宁蘇苏淵渊漢汉瀋沈贛赣粵粤閩闽贊赞韓韩異异貳贰參参陸陆將将"
)
_TRAD_MAP = {_TRAD[i]: _TRAD[i + 1] for i in range(0, len(_TRAD) - 1, 2)}

_FOLD_MAP = {k: v for k, v in {**_WIDTH, **_TRAD_MAP}.items() if k != v}
_NEEDS_FOLD = re.compile("[" + re.escape("".join(_FOLD_MAP)) + "]")


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD_MAP[m.group()]


def fold(text: str) -> str:
    """Fold widths, the zero variants and common Traditional characters.

    The result has exactly the length of ``text``.

    >>> fold("每年至少聽取１次")
    '每年至少听取1次'
    """
    # replacing the few characters that fold is far quicker than translating
    # every character of a long text through a table
    if len(text) < _LONG:
        return _NEEDS_FOLD.sub(_fold_one, text)
    return _fold_long(text)


_LONG = 512  # a notice or a page on one line, which the metadata's steps each fold


@functools.lru_cache(maxsize=16)  # a few long texts a document holds, not a corpus
def _fold_long(text: str) -> str:
    return _NEEDS_FOLD.sub(_fold_one, text)


def cn_int(text: str) -> int | None:
    """An integer in ASCII digits or Chinese numerals (``二〇二一``, ``二十九``).

    >>> cn_int("二十九"), cn_int("二〇二一"), cn_int("12"), cn_int("十")
    (29, 2021, 12, 10)
    """
    return parse_number(text)


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year``."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def make_date(year: int | None, month: int, day: int | None) -> dt.date | None:
    """A date, the month's end when ``day`` is None; None when impossible."""
    if year is None or not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    if day is None:
        return month_end(year, month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
