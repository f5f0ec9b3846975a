"""Recognise the parts of a government web page that are not the plan.

Site chrome (navigation, ``您现在的位置``, share and QR-code blocks, footers)
and injected spam.  Used by the HTML reader and by the text reader on text
copied from web pages; what is recognised goes to the residue with the
reason returned here.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from zwgk.lang._lead import led
from zwgk.lang.vocab import NOTICE_TITLE_END, TEX_COMMANDS, TOOLBAR_WORD, WEB_ADDRESS

__all__ = [
    "REASON_CHROME",
    "REASON_MARKUP",
    "REASON_SPAM",
    "chrome_after",
    "chrome_prefix",
    "chrome_reason",
    "chrome_suffix",
    "markup_suffix",
    "title_in_page_head",
]

REASON_CHROME = "site chrome"
REASON_SPAM = "injected spam"
REASON_MARKUP = "markup"

_CHROME = re.compile(
    r"^(您现在的位置|您現在的位置|当前位置|當前位置|首页\s*[>》»]|首頁\s*[>》»]|"
    r"(微信|微博|手机版|手機版|新媒体|新媒體|二维码|二維碼|"
    r"(?:扫一扫|掃一掃)(?:在手机|在手機)?(?:上)?(?:打开当前页|打開當前頁)?|分享到|打印本页|打印本頁|"
    r"关闭窗口|關閉窗口|收藏|【打印】|【关闭】|【關閉】|打印|关闭|關閉|字号|字號|网站地图|網站地圖|"
    r"返回(?:上一级|上一級|上级|上級|首页|首頁|顶部|頂部|列表)|"
    r"联系我们|聯繫我們|"
    r"版权所有|版權所有|ICP备|ICP備|网站标识码|網站標識碼|"
    r"政府网站找错|政府網站找錯|无障碍|無障礙|上一篇|下一篇|上一条|下一条|上一條|下一條|"
    r"相关链接|相關鏈接|相关解读|相關解讀|相关阅读|相關閱讀|访问量|訪問量)"
    r"(\s|$|[:：]))"
    # a picture's placeholder a crawl left on a line of its own (图片, [图片], image)
    r"|^[\[【(（]?(?:图片|圖片|图像|圖像|image|img)[\]】)）]?\s*$",
    re.I,
)


_CHROME_FIELD = re.compile(r"^(?:主办单位|主辦單位|主办|主辦)[:：]")
# the body that runs a site (承办单位：…信息中心) on the line under its owner's;
# alone, the same words name who does a plan's task (承办单位：办公室)
_SITE_RUNNER = re.compile(r"^\s*(?:承办单位|承辦單位)[:：]")
_CHROME_ANY = led(
    r"京公网安备|粤公网安备|公网安备|公網安備|ICP备\d|ICP備\d|Copyright|©|版权所有|版權所有|"
    r"网站标识码|網站標識碼|技术支持[:：]|技術支持[:：]|浏览次数|瀏覽次數|"
    r"【(?:大|中|小)[】\]]\s*[【\[](?:大|中|小)[】\]]|\[(?:大|中|小)[】\]]\s*[【\[](?:大|中|小)[】\]]",
    re.I,
)
_SPAM = led(
    r"好爽|白浆|白漿|潮吹|失禁|无码|無碼|一本道|成人(?:视频|影片|网站)|色情|伦理片|倫理片|午夜(?:福利|影院)|"
    r"av\d|高清av|国产精品|國產精品|亚洲(?:色|av)|亞洲(?:色|av)|欧美(?:性|av)|歐美(?:性|av)|黄色(?:网站|视频)|"
    r"澳门(?:赌场|博彩|娱乐|娛樂)|澳門(?:賭場|博彩|娛樂)|博彩|赌场|賭場|娱乐城|娛樂城|彩票(?:网|網|平台)|"
    r"肉丝|肉絲|丝袜|絲襪|人妻|偷拍|自拍偷|被捣|被搗|抽出|插入|做爱|做愛|约炮|約炮",
    re.I,
)
_TAG_LINE = re.compile(r"^\s*(<[^<>]{0,200}>\s*)+$")
# a line of a source's markup alone: TeX commands (``\hline``,
# ``\begin{tabular}{|c|p{8cm}|}``) or BBCode tags (``[table]``, ``[/tr]``)
_SOURCE_LINE = re.compile(
    rf"^{TEX_COMMANDS}$"
    r"|^(?:\[/?[a-z]{1,8}(?:=[^\]]{0,40})?\]\s*)+$"
)
# An HTML tag left in text copied from a page, and a web address: the page's
# own text lost its tags when it was copied, so a line that still has one
# next to a link is an injected advertisement.
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")


def _chrome_any(text: str) -> bool:
    """Whether ``text`` holds chrome anywhere in it (a footer's 版权所有, a text-size toolbar)."""
    return _CHROME_FIELD.match(text) is not None or _CHROME_ANY.search(text) is not None


# Tags a copied page left at the end of a line: whole ones, and closing ones
# whose ``<`` the save lost or garbled (``…牵头(/div>``).
_TAG_TAIL = re.compile(
    r"(?:\s*(?:<[/!]?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?/?>|[<(（]?/[a-zA-Z][a-zA-Z0-9]{0,10}>))+\s*$"
)


def markup_suffix(line: str) -> int:
    """Where the tags left at the end of ``line`` start, else ``len(line)``.

    >>> markup_suffix("（省财政厅牵头(/div>")
    7
    >>> markup_suffix("公开预算</p></div>")
    4
    >>> markup_suffix("a/b>c")
    5
    """
    if ">" not in line[-12:]:
        return len(line)
    tail = _TAG_TAIL.search(line)
    return tail.start() if tail is not None else len(line)


# A site's top menu: its versions and services, one word each, apart by
# spaces or bars (``网站无障碍 丨 关怀版``, ``简体| 繁体 无障碍 长者模式``, ``登录 注册``,
# ``智能问答``).
_MENU_WORD = re.compile(
    r"(?:网站|網站|打开|打開|进入|進入|切换|切換)?"
    r"(?:无障碍|無障礙|关怀版|關懷版|适老化|適老化|长者|長者|繁体|繁體|简体|簡體|English|"
    r"支持IPV6|IPV6|返回首页|返回首頁|登录|登錄|注册|註冊|退出登录|退出登錄|智能问答|智能問答"
    r"|智能客服|栏目导航|欄目導航)"
    r"(?:阅读|閱讀|浏览|瀏覽|模式|版|服务|服務)?",
    re.I,
)
_MENU_SPLIT = re.compile(r"[\s丨|｜]+")


def _menu_line(line: str) -> bool:
    tokens = [tok for tok in _MENU_SPLIT.split(line) if tok]
    return any(_MENU_WORD.fullmatch(tok) for tok in tokens) and all(
        _MENU_WORD.fullmatch(tok) or _CHROME.match(tok) for tok in tokens
    )


# a line is asked twice (whole, and whether its chrome goes on into the page's
# text): a page saved on one line is searched once
@functools.lru_cache(maxsize=256)
def chrome_reason(line: str) -> str | None:
    """Why ``line`` is not plan content (site chrome, spam, markup), or None.

    >>> chrome_reason("<div>"), chrome_reason(r"\\hline"), chrome_reason("[/table]")
    ('markup', 'markup', 'markup')
    >>> chrome_reason("[1]公开预算") is None
    True
    """
    s = line.strip()
    if not s:
        return None
    tagged = "<" in s  # markup needs a tag: most lines are spared both looks for one
    if tagged and _TAG_LINE.match(s):
        return REASON_MARKUP
    if s[0] in "\\[" and _SOURCE_LINE.match(s):
        return REASON_MARKUP
    if _SPAM.search(s) or (tagged and _TAG.search(s) and WEB_ADDRESS.search(s)):
        return REASON_SPAM
    if _CHROME.match(s) or _chrome_any(s) or _CRUMB_LINE.match(s) or _toolbar(s):
        return REASON_CHROME
    if _menu_line(s):
        return REASON_CHROME
    return None


def chrome_after(line: str, before: str | None) -> str | None:
    """Why ``line`` is not plan content, given why the line before it was not
    (``before``; None where it was plan content): a site's runner
    (``承办单位：…``) is chrome under a line of chrome only."""
    reason = chrome_reason(line)
    if reason is None and before == REASON_CHROME and _SITE_RUNNER.match(line):
        return REASON_CHROME
    return reason


# a page's toolbar: bracketed buttons alone on the line (【打印】【关闭】, [打印本页] [关闭窗口])
_TOOLBAR_LINE = re.compile(r"^(?:\s*[【\[][^【】\[\]]{1,10}[】\]])+\s*$")
_TOOLBAR_WORD = TOOLBAR_WORD


def _toolbar(line: str) -> bool:
    return line[0] in "【[" and bool(_TOOLBAR_LINE.match(line)) and bool(_TOOLBAR_WORD.search(line))


# a breadcrumb alone on its line, whatever its first crumb (诸暨市人民政府 > 部门信息公开 > …),
# its separators doubled too (长春新区政府信息公开专栏 >> …)
# (a crumb holds no 《: a 》 after one closes a title, 《条例》和《规定》)
_CRUMB_LINE = re.compile(
    r"^(?:[^>》»›。；，\s《]{1,16}\s*(?:[>»›]{1,2}|》)\s*){2,}[^>》»›。；，\s《]{1,16}$"
)


# The fields a page prints around its breadcrumb and toolbar (来源：… 时间：…).
_PAGE_FIELD = re.compile(
    r"^(来源|來源|时间|時間|发布时间|發佈時間|发布日期|發佈日期|作者|浏览|瀏覽|点击|點擊|字体|字體)[:：]"
)
_MARKUP_TOKEN = re.compile(r"^[-<>|/=»›·]+$")
# An attachment's link at the foot of a page: its file name, or the word for it.
_ATTACHMENT_TOKEN = re.compile(
    r"(\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$|^(附件下载|下载附件|相关附件|附件下載|下載附件|相關附件)[:：]?$)",
    re.I,
)
_ATTACHMENT_REACH = 6  # characters: every match ends the token and is shorter


def _attachment(token: str) -> bool:
    """Whether ``token`` names an attachment (its end only is searched: see above)."""
    return _ATTACHMENT_TOKEN.search(token, max(0, len(token) - _ATTACHMENT_REACH)) is not None


_SENTENCE = re.compile(r"[。！？；]")
# A line at least this long that goes on into sentences holds page text after its chrome.
_PAGE_LINE = 200
# A line this long that opens with chrome may go on into the page's text (a
# short page saved on one line: its breadcrumb, title and a few tasks).
_HEADED_LINE = 80
# a page's pieces, apart by spaces; a toolbar's bracketed button with spaces
# inside is one (【字体：大 中 小】)
_TOKEN = re.compile(r"【[^【】。；\n]{0,10}\s[^【】。；\n]{0,10}】|\S+")


def _chrome_token(token: str) -> bool:
    return bool(
        _toolbar(token)
        or _CHROME.match(token)
        or _chrome_any(token)
        or _PAGE_FIELD.match(token)
        or _MARKUP_TOKEN.match(token)
    )


# Chrome a page glued to its text with nothing between (a crawl joined by
# nothing): a toolbar's bracketed buttons, a footer's fields, a page's fields
# with their values (发布时间：2022-04-20, 浏览次数：35).
_GLUED_CHROME = re.compile(
    r"【[^【】。；]{1,8}】|打印本页|关闭窗口|主办(?:单位)?[:：]|技术支持[:：]|版权所有|扫一扫|分享到[:：]?|"
    r"上一篇[:：]|下一篇[:：]|上一[条條][:：]|下一[条條][:：]|網站地圖|网站地图|"
    r"ICP备|公网安备|网站标识码|浏览次数[:：]\s*\d*|发布时间[:：][\d\-:\s]*|字体[:：]\s*[大中小]*|"
    r"打印本頁|關閉窗口|主辦單位[:：]|技術支持[:：]|版權所有|瀏覽次數[:：]\s*\d*|發佈時間[:：][\d\-:\s]*"
)


def _glued_suffix(line: str) -> int:
    """Where a footer glued to the plan's last sentence starts (``…配合单位：
    各乡镇。【打印本页】【关闭窗口】主办单位：…``), else ``len(line)``."""
    last = max(line.rfind(ch) for ch in "。！？；")
    found = _GLUED_CHROME.search(line, last + 1) if last >= 0 else None
    return found.start() if found is not None else len(line)


def chrome_suffix(line: str) -> int:
    """Where the chrome at the end of a long line of page text starts, else ``len(line)``.

    The foot of a page saved on one line (attachment links, 打印本页, 关闭窗口)
    follows the plan's last sentence: the run of chrome pieces after it, or
    the footer glued to it with nothing between.
    """
    if len(line) < _PAGE_LINE or not _SENTENCE.search(line):
        return len(line)
    start = seen = len(line)  # seen: where the run's last chrome that is not a separator starts
    for match in reversed(list(_TOKEN.finditer(line))):
        token = match.group()
        if not (_chrome_token(token) or _attachment(token)):
            break
        if _SENTENCE.search(token) and not _attachment(token):
            break
        start = match.start()
        if not _MARKUP_TOKEN.match(token):
            seen = start
    # separators alone (a table row's empty cells: ``… |  |  |``) are no chrome
    return min(start if seen < len(line) else len(line), _glued_suffix(line))


# A breadcrumb's crumbs: short names, each followed by its separator
# (首页>政务公开>通知公告).
_CRUMBS = re.compile(r"(?:[^>》»›。；\s《]{1,12}[>》»›]\s*)+")


def _glued_crumbs(token: str) -> int:
    """Where a breadcrumb that opens ``token`` ends when the page's text is glued
    to it (``当前位置：首页>政务公开>通知公告拉萨市…``): after the separator of
    its last short crumb, the last crumb kept with the text, since nothing
    tells where it ends.  0 when ``token`` does not open with a breadcrumb."""
    opening = _CHROME.match(token)
    if opening is None:
        return 0
    crumbs = _CRUMBS.match(token, opening.end())
    return crumbs.end() if crumbs else 0


def _glued_page_head(token: str) -> int:
    """Where the page's text starts in a token that opens with its breadcrumb:
    after the last piece of chrome glued before the first sentence (a toolbar,
    the page's fields: ``…通知发布时间：2022-04-20浏览次数：【字体：大中小】``),
    else after the breadcrumb's last crumb (see :func:`_glued_crumbs`).  A
    breadcrumb whose crumbs run together with nothing between them
    (``首页政务公开政策文件…``) ends with that chrome too."""
    crumbs = _glued_crumbs(token)
    if not crumbs:
        return _glued_chrome_end(token, 0)
    return _glued_chrome_end(token, crumbs) or crumbs


_HAN = re.compile(r"[\u4e00-\u9fff]")


_FIELD_VALUE: Final = 16  # characters: the longest value of a page field before more chrome


def _opens_with_chrome(token: str) -> bool:
    """Whether ``token`` opens with chrome glued to the page's text, nothing
    written before it but figures (the rest of a field's time: ``16:02浏览次数：…``)
    and a page field with its short value (``09:32来源：虹桥镇浏览次数：…``)."""
    found = _GLUED_CHROME.search(token)
    if found is None:
        return False
    if _HAN.search(token, 0, found.start()) is None:
        return True
    head = len(token) - len(token.lstrip("0123456789:：- "))
    field = _PAGE_FIELD.match(token[head:])
    return field is not None and found.start() - head <= _FIELD_VALUE


def _glued_chrome_end(token: str, start: int) -> int:
    """The end of the last piece of chrome glued in ``token`` from ``start`` on
    before its first sentence (a toolbar, the page's fields), else 0."""
    first = _SENTENCE.search(token, start)
    stop = first.start() if first is not None else len(token)
    ends = [m.end() for m in _GLUED_CHROME.finditer(token, start, stop)]
    return ends[-1] if ends else 0


def chrome_prefix(line: str) -> int:
    """Where the page text begins on a chrome line that goes on into it, else 0.

    A page saved as one line keeps its breadcrumb, title, toolbar and the plan in
    that line (``当前位置： 首页… 来源：… 微信 微博 相关链接： --> 各单位： 为…。``).
    The chrome is the run of space-separated pieces up to the last one that is
    chrome itself, before the first sentence; what follows it is the page's text.
    0 when the line is not such a line (all chrome, or not chrome at all).
    """
    if len(line) < _HEADED_LINE or chrome_reason(line) != REASON_CHROME:
        return 0
    end = 0
    for match in _TOKEN.finditer(line):
        token = match.group()
        if _SENTENCE.search(token):
            if end == 0 and match.start() == len(line) - len(line.lstrip()):
                end = match.start() + _glued_page_head(token)
            elif end and _opens_with_chrome(token):  # (16:02浏览次数：【字体：大中小】…)
                end = max(end, match.start() + _glued_chrome_end(token, 0))
            break
        if _chrome_token(token):
            end = match.end()
    rest = line[end:]
    if end == 0 or not _SENTENCE.search(rest) or len(rest.strip()) < _HEADED_LINE // 2:
        return 0
    return end + len(rest) - len(rest.lstrip())


def title_in_page_head(head: str) -> str | None:
    """The plan's title a page printed among the chrome that opens its one
    line (``首页 > 检务公开 > 工作计划 某院2023年检务公开工作要点 发布时间：…
    【字体：大 中 小】``, ``head`` being what :func:`chrome_prefix` sets aside):
    the last piece that is no chrome and ends as a plan's title does (a
    notice's title, …的通知, is left: the notice names its plan again)."""
    for token in reversed(head.split()):
        if _chrome_token(token) or len(token) < _LEAST_TITLE or _SENTENCE.search(token):
            continue
        if NOTICE_TITLE_END.search(token) and not token.startswith(("《", "附件")):
            if token.endswith(_NOTICE_ENDS):
                return None
            return token
    return None


_LEAST_TITLE: Final = 8  # characters of a plan's title (某局2023年工作要点)
_NOTICE_ENDS: Final = ("通知", "通報", "通报", "函")
