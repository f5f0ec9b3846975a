"""The long fuzz run: ``python -m tests.fuzz.run [--inputs N] [--jobs J] [reader ...]``.

Each reader's inputs ``0..N-1`` are mutated deterministically from their
index (``random.Random("<reader><index>")``), so any failure can be
reproduced with :func:`tests.fuzz.harness.mutate`.  Inputs are read in
worker processes limited to 1.5 GiB of address space; a worker that does
not answer within 20 s is killed and the input counted as a timeout, one
that dies is restarted and the input counted as a crash.  Prints per
reader: inputs, outcomes, the longest read and the largest peak memory
(a worker's ``ru_maxrss``), then every failure with its index.  Exits 1
when there is any failure (a bug, an escaped exception, text lost, a
timeout or a crash).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import random
import resource
import sys
import time
import warnings
from multiprocessing.connection import Connection
from typing import Any

from tests.fuzz.harness import READERS, Outcome, Tally, mutate, run_one, seeds

MEMORY = int(1.5 * 1024**3)
SECONDS = 20.0


def _worker(conn: Connection, reader: str, indices: list[int]) -> None:  # pragma: no cover
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    logging.disable(logging.CRITICAL)  # pdfminer logs every damaged object it meets
    warnings.simplefilter("ignore")  # and openpyxl warns about each odd part
    for index in indices:
        data = mutate(reader, random.Random(f"{reader}{index}"))
        start = time.perf_counter()
        try:
            outcome = run_one(reader, data)
        except MemoryError:
            outcome = Outcome("crashed", "MemoryError outside zwgk.read")
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        conn.send((index, outcome.kind, outcome.detail, seconds, peak))
    conn.send(None)


class _Lane:
    """One worker process working through a list of input indices."""

    def __init__(self, reader: str, indices: list[int]) -> None:
        self.reader = reader
        self.todo = indices
        self.proc: Any = None
        self.conn: Connection | None = None
        self.start()

    def start(self) -> None:
        if not self.todo:
            return
        ctx = mp.get_context("fork")
        parent, child = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_worker, args=(child, self.reader, list(self.todo)))
        self.proc.start()
        child.close()
        self.conn = parent
        self.waiting_since = time.monotonic()

    def step(self, tally: Tally) -> bool:
        """Take one result (or notice a hang or crash); False when the lane is done."""
        if self.conn is None:
            return False
        if self.conn.poll(1.0):
            try:
                msg = self.conn.recv()
            except EOFError:
                return self._lost("crashed", f"worker exited {self.proc.exitcode}", tally)
            if msg is None:
                self.proc.join()
                self.conn = None
                return False
            index, kind, detail, seconds, peak = msg
            tally.add(index, Outcome(kind, detail), seconds, peak)
            self.todo = self.todo[1:] if self.todo and self.todo[0] == index else self.todo
            self.waiting_since = time.monotonic()
            return True
        if not self.proc.is_alive() and not self.conn.poll(0):
            return self._lost("crashed", f"worker exited {self.proc.exitcode}", tally)
        if time.monotonic() - self.waiting_since > SECONDS:
            self.proc.kill()
            self.proc.join()
            return self._lost("timeout", f"no answer in {SECONDS:g} s", tally)
        return True

    def _lost(self, kind: str, detail: str, tally: Tally) -> bool:
        index = self.todo[0]
        tally.add(index, Outcome(kind, detail), SECONDS if kind == "timeout" else 0.0, 0.0)
        self.todo = self.todo[1:]
        self.start()
        return self.conn is not None


def _warm_up(reader: str) -> None:
    """Load the seeds and the reader's modules before the workers fork, so that a
    worker's first input (and a restarted worker's) is timed as a read, not an import."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.CRITICAL)
        try:
            run_one(reader, seeds(reader)[0])
        finally:
            logging.disable(logging.NOTSET)


def fuzz(
    reader: str,
    inputs: int,
    jobs: int,
    first: int = 0,
    *,
    seconds: float = float("inf"),
    progress: bool = True,
) -> Tally:
    """Run ``inputs`` inputs of ``reader`` (fewer if ``seconds`` run out first)."""
    tally = Tally(reader)
    _warm_up(reader)
    indices = list(range(first, first + inputs))
    lanes = [_Lane(reader, indices[k::jobs]) for k in range(jobs)]
    last = time.monotonic()
    stop = last + seconds
    while lanes:
        lanes = [lane for lane in lanes if lane.step(tally)]
        if time.monotonic() > stop:
            for lane in lanes:
                lane.proc.kill()
                lane.proc.join()
            break
        if progress and time.monotonic() - last > 60:
            print("  ...", tally.line(), flush=True)
            last = time.monotonic()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("readers", nargs="*", default=list(READERS))
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--first", type=int, default=0, help="index of the first input")
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    parser.add_argument(
        "--seconds", type=float, default=float("inf"), help="stop each reader after this long"
    )
    args = parser.parse_args(argv)
    failed = False
    for reader in args.readers:
        start = time.monotonic()
        tally = fuzz(reader, args.inputs, args.jobs, args.first, seconds=args.seconds)
        print(tally.line(), f" ({time.monotonic() - start:.0f} s)", flush=True)
        for index, kind, detail in tally.failures[:50]:
            print(f"    #{index} {kind}: {detail}", flush=True)
        failed = failed or bool(tally.failures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
