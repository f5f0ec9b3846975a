"""Every case of the reliability checklist ends in a plan or a precise typed error.

Each file is read in a child process limited to 1.5 GiB of address space and
killed after 20 s, so a hang or a memory blow-up shows as such.  The bounds
are limits, not timings: a read that stays inside them passes whatever its
speed (speed is measured by ``benchmarks/bench_reliability.py``).
"""

from __future__ import annotations

import pytest

from tests.fuzz.bounded import run_bounded
from tests.fuzz.hostile import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_file_ends_in_a_plan_or_a_typed_error(case: Case) -> None:
    result = run_bounded(case.make(), case.fmt)
    assert result["outcome"] in case.allowed, result
    if result["outcome"] != "plan":
        # the message says what and where, and how to raise a limit
        message = result["message"]
        assert ":" in message
        if result["outcome"] == "InputTooLargeError":
            assert "limits=zwgk.Limits(" in message
