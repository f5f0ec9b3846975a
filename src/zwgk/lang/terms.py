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
import threading
from typing import Any

from zwgk.lang.normalize import alnum_key

__all__ = ["DOMAIN_TERMS", "STOCK_WORDS", "terms"]

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

STOCK_WORDS: frozenset[str] = frozenset(
    """的 和 与 及 等 要 对 在 以 为 并 按 将 了 是 有 中 各 各级 各类 进一步 加强 做好 推进 推动
    工作 情况 相关 有关 及时 积极 切实 认真 不断 持续 全面 深入 加大 力度 强化 完善 健全 建立
    开展 落实 公开 信息 方面 通过 按照 根据 进行 实现 确保 提高 提升 做到 重点 围绕 结合 继续
    更好 更加 有效 依法 规范 严格 主动 统一 各地 各部门 部门 单位 本级 本单位""".split()  # noqa: SIM905
)
"""Words every task uses: no evidence that two tasks carry the same obligation."""

_lock = threading.Lock()
_tokenizer: Any = None


def _segmenter() -> Any:
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            for term in DOMAIN_TERMS:
                tokenizer.add_word(term, freq=10**6)
            _tokenizer = tokenizer
        return _tokenizer


@functools.lru_cache(maxsize=65536)
def terms(text: str) -> frozenset[str]:
    """The terms of ``text``: its words of two or more characters, stock words left out.

    The text is normalised first (script, width), punctuation and spaces
    dropped, so ``雙隨機、一公開`` gives ``双随机一公开``.
    """
    key = alnum_key(text)
    if not key:
        return frozenset()
    words = _segmenter().lcut(key, HMM=False)
    return frozenset(w for w in words if len(w) >= 2 and w not in STOCK_WORDS)
