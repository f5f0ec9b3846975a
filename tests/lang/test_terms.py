"""Terms: the segmentation agrees word for word with jieba's own."""

from __future__ import annotations

import importlib

from tests.gold import PREFIXES, gold_plan
from zwgk.diff import Rates, mutate
from zwgk.lang.normalize import alnum_key

terms_module = importlib.import_module("zwgk.lang.terms")


def _texts() -> list[str]:
    plans = [gold_plan(p) for p in PREFIXES]
    rates = Rates(reword=0.7, split=0.1, merge=0.1, add=0.3, traditional=0.5)
    children = [mutate(plans[k % len(plans)], seed=k, rates=rates).child for k in range(10)]
    texts = [t.text for p in (*plans, *children) for t in p.tasks]
    texts += ["".join(t.section) for p in plans for t in p.tasks]
    return texts


def test_segmentation_is_jiebas_without_hmm() -> None:
    tokenizer = terms_module._tokenizer_of_terms()
    segmenter = terms_module._segmenter()
    mixed = ["2023年度GDP统计数据公开x1", "做好 公开\r\n工作", "ＡＢ规划第3条", "a", "做"]
    for text in [*_texts(), *mixed]:
        for key in (alnum_key(text), text):
            assert segmenter.lcut(key) == tokenizer.lcut(key, HMM=False), key


def test_terms_keep_domain_terms_whole() -> None:
    assert "依申请公开" in terms_module.terms("做好依申請公開工作")
    assert "双随机一公开" in terms_module.terms("推进“雙隨機、一公開”监管")
    assert not terms_module.terms("，。")


def test_term_family_joins_a_contracted_term_and_its_full_form() -> None:
    contracted = "进一步扩大预决算公开范围"
    full = "积极推进部门所属单位预算、决算及相关报表公开"
    assert not terms_module.terms(contracted) & terms_module.terms(full)
    assert {"预算", "决算"} <= terms_module.term_family(contracted) & terms_module.term_family(full)
    traditional = terms_module.term_family("完善權責清單")
    assert {"权力清单", "责任清单"} <= traditional


def test_term_family_holds_every_term_and_contracts_only_domain_terms() -> None:
    assert set(terms_module.CONTRACTED_TERMS) <= set(terms_module.DOMAIN_TERMS)
    for text in _texts():
        assert terms_module.terms(text) <= terms_module.term_family(text)
