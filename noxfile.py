"""Development sessions: ``nox -s tests``, ``lint``, ``typing``, ``docs``, ``fuzz``, ``bench``.

Each session installs the project with the extras it needs, read from
``pyproject.toml``.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typing"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (the same command as the README and CI)."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


PATHS = ("src", "tests", "examples", "benchmarks", "docs", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff>=0.5")
    session.run("ruff", "check", *PATHS)
    session.run("ruff", "format", "--check", *PATHS)


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over the library and the built-in plugins."""
    session.install("-e", ".[all]", "mypy>=1.10")
    session.run("mypy")


DOC_TESTS = ("docs", "README.md", "tests/test_docs.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Check the docs: every Python example in docs/ and README.md runs."""
    session.install("-e", ".[test]")
    session.run("python", "docs/_api.py", "--check")
    session.run("python", "-m", "pytest", *DOC_TESTS, *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The long fuzz run: 100,000 mutated corpus files per reader, each under 1.5 GiB and 20 s.

    ``nox -s fuzz -- --inputs 1000 html`` runs fewer inputs or readers; see
    ``python -m tests.fuzz.run --help``.  (The test suite runs a short one.)
    """
    session.install("-e", ".[test]")
    session.run("python", "-m", "tests.fuzz.run", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: print timings and memory (they assert nothing)."""
    session.install("-e", ".[all]")
    import pathlib

    for script in sorted(pathlib.Path("benchmarks").glob("bench_*.py")):
        session.run("python", str(script))
