"""Convert old and other office formats to OOXML with LibreOffice, safely.

``soffice`` runs headless with a private profile (made once per process in a
temporary folder, removed at exit; so it neither shares nor changes the
user's, and calls after the first start fast), with macros switched off and
never run, links and updates not fetched, no network where the system lets
a process be put in its own network namespace (``unshare``), and a time
limit after which the whole process group is killed.  The converted bytes
are then read by the DOCX or XLSX reader: one reading path.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from zwgk.errors import MissingDependencyError, ParseError

__all__ = ["DEFAULT_TIMEOUT", "convert", "find_soffice"]

DEFAULT_TIMEOUT = 120.0
"""Seconds a conversion may take before LibreOffice is stopped."""

_INSTALL = (
    "LibreOffice (soffice) is needed to read {what}: install it with "
    "'apt-get install libreoffice-writer libreoffice-calc' (Debian/Ubuntu), "
    "'dnf install libreoffice' (Fedora), 'brew install --cask libreoffice' (macOS), "
    "or from libreoffice.org, and make sure 'soffice' is on PATH"
)

# Settings written into the private profile before LibreOffice starts.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update">
 <prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update">
 <prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path=\
"/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments">
 <prop oor:name="AutoCheckEnabled" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""

_FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}


def find_soffice() -> str | None:
    """The path of LibreOffice's ``soffice`` (``ZWGK_SOFFICE`` overrides), or ``None``."""
    override = os.environ.get("ZWGK_SOFFICE")
    if override:
        return override if os.path.exists(override) else shutil.which(override)
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def _no_network_prefix() -> tuple[str, ...]:
    """``unshare`` arguments that give the process no network, if the system allows it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for args in ((unshare, "-n"), (unshare, "-r", "-n")):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            probe = subprocess.run([*args, "true"], capture_output=True, timeout=10)
            if probe.returncode == 0:
                return args
    return ()


_LOCK = threading.Lock()  # one LibreOffice at a time may use a profile
_PROFILE: list[tempfile.TemporaryDirectory[str]] = []


def _profile() -> str:
    if not _PROFILE:
        _PROFILE.append(tempfile.TemporaryDirectory(prefix="zwgk-soffice-profile-"))
    root = Path(_PROFILE[0].name)
    settings = root / "user" / "registrymodifications.xcu"
    if not settings.exists():
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(_REGISTRY, encoding="utf-8")
    return root.as_uri()


def convert(
    data: bytes,
    *,
    suffix: str,
    to: str,
    what: str,
    source: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> bytes:
    """``data`` (a file of type ``suffix``, e.g. ``.doc``) converted by LibreOffice to ``to``.

    ``to`` is ``docx`` or ``xlsx``; ``what`` names the input for messages.
    Raises :class:`~zwgk.errors.MissingDependencyError` without LibreOffice
    and :class:`~zwgk.errors.ParseError` when it fails or takes too long.
    """
    exe = find_soffice()
    if exe is None:
        raise MissingDependencyError("soffice", None, feature=what, fix=_INSTALL.format(what=what))
    with _LOCK, tempfile.TemporaryDirectory(prefix="zwgk-soffice-") as tmp:
        root = Path(tmp)
        src = root / f"input{suffix}"
        src.write_bytes(data)
        out = root / "out"
        cmd = [
            *_no_network_prefix(),
            exe,
            f"-env:UserInstallation={_profile()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            _FILTERS[to],
            "--outdir",
            str(out),
            str(src),
        ]
        home = Path(_PROFILE[0].name) / "home"  # font caches built once, not per call
        home.mkdir(exist_ok=True)
        env = {**os.environ, "HOME": str(home), "SAL_USE_VCLPLUGIN": "svp"}
        _run(cmd, env, timeout, what=what, source=source)
        result = out / f"input.{to}"
        if not result.exists():
            raise ParseError(
                f"LibreOffice could not read this {what} (damaged, encrypted or not a {what})",
                source=source,
            )
        return result.read_bytes()


def _run(
    cmd: list[str], env: dict[str, str], timeout: float, *, what: str, source: str | None
) -> None:
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ParseError(
            f"LibreOffice took longer than {timeout:g} s to convert this {what} (timeout=)",
            source=source,
        ) from None
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise ParseError(
            f"LibreOffice failed to convert this {what}: {message[0][:200]}", source=source
        )
