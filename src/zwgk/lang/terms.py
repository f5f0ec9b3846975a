"""Terms of plan text: words found by a segmenter that knows the domain's terms.

Two plans that carry the same obligation in other words still share its
terms (依申请公开, 政务舆情, 年度报告), even when their character n-grams are
drowned by stock phrases.  Words are cut by jieba (a maintained dictionary
segmenter), told the domain's terms first so that it never splits them; the
function words and the stock verbs every task uses carry no evidence and
are left out.

>>> sorted(terms("做好依申请公开工作"))
['依申请公开']
>>> "政务舆情" in terms("以解决政务舆情背后问题的实际成效回应社会关切")
True
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from typing import Any

from zwgk.lang.normalize import alnum_key

__all__ = ["CONTRACTED_TERMS", "DOMAIN_TERMS", "STOCK_WORDS", "term_family", "terms"]

DOMAIN_TERMS: tuple[str, ...] = (
    "预决算",
    "政策解读",
    "解读方案",
    "解读材料",
    "依申请公开",
    "双随机一公开",
    "主动公开",
    "政府信息公开",
    "政务公开专区",
    "基层政务公开",
    "标准目录",
    "政务舆情",
    "政务新媒体",
    "政府网站",
    "集约化",
    "年度报告",
    "规范性文件",
    "行政规章",
    "行政法规",
    "回头看",
    "工作台账",
    "公共企事业单位",
    "政务服务",
    "便民热线",
    "权责清单",
    "权力清单",
    "责任清单",
    "负面清单",
    "信息处理费",
    "行政复议",
    "政府公报",
    "政策咨询",
    "新闻发布会",
    "在线访谈",
    "三同步",
    "五公开",
    "营商环境",
    "数据集",
    "留言办理",
    "保密审查",
    "重大行政决策",
    "征求意见",
    "行政执法",
    "随机抽查",
    "减税降费",
    "精准扶贫",
    "社会救助",
    "棚户区改造",
    "互联网政务服务",
    "政府债务",
    "十四五",
    "六稳六保",
)
"""Terms of government disclosure that a general segmenter would cut apart."""

CONTRACTED_TERMS: dict[str, tuple[str, ...]] = {
    "预决算": ("预算", "决算"),
    "权责清单": ("权力清单", "责任清单"),
    "双随机一公开": ("随机抽查",),
    "政务新媒体": ("新媒体",),
    "便民热线": ("热线",),
    "政务舆情": ("舆情",),
    "政策解读": ("解读",),
}
"""Domain terms that stand for terms written out in full elsewhere: a plan that
publishes 预算、决算 carries the duty another writes as 预决算."""

STOCK_WORDS: frozenset[str] = frozenset(
    """的 和 与 及 等 要 对 在 以 为 并 按 将 了 是 有 中 各 各级 各类 进一步 加强 做好 推进 推动
    工作 情况 相关 有关 及时 积极 切实 认真 不断 持续 全面 深入 加大 力度 强化 完善 健全 建立
    开展 落实 公开 信息 方面 通过 按照 根据 进行 实现 确保 提高 提升 做到 重点 围绕 结合 继续
    更好 更加 有效 依法 规范 严格 主动 统一 各地 各部门 部门 单位 本级 本单位""".split()  # noqa: SIM905
)
"""Words every task uses: no evidence that two tasks carry the same obligation."""

_lock = threading.Lock()
_instance: _Segmenter | None = None
_ENGLISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class _Segmenter:
    """jieba's dictionary segmentation without its HMM (``Tokenizer.lcut(text,
    HMM=False)``), word for word and to the last bit of its path scores.

    jieba builds a graph of every dictionary word of a block, then picks the
    most probable path from the end, taking each word's log-probability anew;
    here one backward pass does both, and each word's log-probability is taken
    once and kept.
    """

    def __init__(self, tokenizer: Any) -> None:
        import jieba

        self.freq: dict[str, int] = tokenizer.FREQ
        self.logtotal = math.log(tokenizer.total)
        self.logp: dict[str, float] = {}
        self.han = jieba.re_han_default
        self.skip = jieba.re_skip_default

    def lcut(self, sentence: str) -> list[str]:
        """The words of ``sentence``, as ``tokenizer.lcut(sentence, HMM=False)`` gives them."""
        out: list[str] = []
        for block in self.han.split(sentence):
            if not block:
                continue
            if self.han.match(block):
                self._words(block, out)
                continue
            for x in self.skip.split(block):
                if self.skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
        return out

    def _route(self, block: str) -> list[int]:
        """Where the most probable path's word starting at each character ends."""
        freq, logp, logtotal, n = self.freq, self.logp, self.logtotal, len(block)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        unknown = math.log(1) - logtotal  # a character no word starts with
        for k in range(n - 1, -1, -1):
            best, at = 0.0, -1
            i, frag = k, block[k]
            f = freq.get(frag)
            while f is not None:  # the words starting at k, shortest first
                if f:
                    lp = logp.get(frag)
                    if lp is None:
                        lp = logp[frag] = math.log(f) - logtotal
                    value = lp + score[i + 1]
                    if at < 0 or value >= best:  # ties go to the longer word, as jieba's max
                        best, at = value, i
                i += 1
                if i >= n:
                    break
                frag = block[k : i + 1]
                f = freq.get(frag)
            if at < 0:
                best, at = unknown + score[k + 1], k
            score[k], end[k] = best, at
        return end

    def _words(self, block: str, out: list[str]) -> None:
        end = self._route(block)
        x, n, buf = 0, len(block), ""
        while x < n:
            y = end[x] + 1
            word = block[x:y]
            if len(word) == 1 and word in _ENGLISH:
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)


def _tokenizer_of_terms() -> Any:
    """jieba's tokenizer, told the domain's terms."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for term in DOMAIN_TERMS:
        tokenizer.add_word(term, freq=10**6)
    return tokenizer


def _segmenter() -> _Segmenter:
    global _instance
    with _lock:
        if _instance is None:
            _instance = _Segmenter(_tokenizer_of_terms())
        return _instance


@functools.lru_cache(maxsize=65536)
def terms(text: str) -> frozenset[str]:
    """The terms of ``text``: its words of two or more characters, stock words left out.

    The text is normalised first (script, width), punctuation and spaces
    dropped, so ``雙隨機、一公開`` gives ``双随机一公开``.
    """
    key = alnum_key(text)
    if not key:
        return frozenset()
    words = _segmenter().lcut(key)
    return frozenset(w for w in words if len(w) >= 2 and w not in STOCK_WORDS)


@functools.lru_cache(maxsize=65536)
def term_family(text: str) -> frozenset[str]:
    """The terms of ``text`` with the terms its contracted domain terms stand for.

    A duty restated in other words often writes a domain term out in full
    where its source contracts it (预算、决算 for 预决算, 舆情 for 政务舆情):
    each contracted term adds the terms it stands for (:data:`CONTRACTED_TERMS`),
    so the two texts share them.

    >>> sorted(term_family("进一步扩大预决算公开范围"))
    ['决算', '扩大', '范围', '预决算', '预算']
    """
    found = terms(text)
    out = set(found)
    for word in found:
        out.update(CONTRACTED_TERMS.get(word, ()))
    return frozenset(out)
