"""Microseconds per deadline call on typical inputs (target: <= 50 µs each).

Run: ``python benchmarks/bench_deadline.py``
"""

from __future__ import annotations

import timeit

from zwgk.lang import find_deadlines, find_default_deadline, parse_deadline

CELLS = ["2021年11月20日前", "及时更新", "每年1月31日前", "在本方案公布后10个工作日内"]
REQUIREMENT = (
    "市直有关部门、各市（区）基层部门需分别于2021年11月20日前和2021年12月10日前完成"
    "主动公开基层目录编制，并统一在政府信息公开平台上对外发布。"
)
PLAIN = (
    "深入推进政府网站集约化，强化政务新媒体矩阵建设，聚合联动效应加强协同，"
    "及时准确传递党和政府权威声音，着力提升重要政务信息传播效果。"
)
CLOSING = "根据市府办要求，结合我局实际，上述任务除了有明确完成时限的以外，均要求在12月3日前完成。"


def per_call_us(func: object, *args: object, number: int = 20_000) -> float:
    call = lambda: func(*args)  # noqa: E731
    best = min(timeit.repeat(call, number=number, repeat=5))
    return best / number * 1e6


def main() -> None:
    rows = [(f"parse_deadline({c!r})", per_call_us(parse_deadline, c, 2021)) for c in CELLS]
    rows.append(
        ("find_deadlines(requirement with dates)", per_call_us(find_deadlines, REQUIREMENT, 2021))
    )
    rows.append(("find_deadlines(requirement without)", per_call_us(find_deadlines, PLAIN, 2021)))
    rows.append(
        (
            "find_default_deadline(closing sentence)",
            per_call_us(find_default_deadline, CLOSING, 2021),
        )
    )
    width = max(len(name) for name, _ in rows)
    for name, us in rows:
        print(f"{name:<{width}}  {us:8.1f} µs")


if __name__ == "__main__":
    main()
