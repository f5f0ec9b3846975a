"""Tiny OLE2 compound files for tests: a directory with the given stream names.

Real enough for the directory reader (header, FAT, directory chain), with
switches for the damage a hostile file carries (a directory chain that
loops, a sector number outside the file).
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def _entry(name: str, kind: int) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    body = raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
    body += struct.pack("<III", FREE, FREE, FREE) + b"\x00" * 36
    body += struct.pack("<III", END, 0, 0)
    return body.ljust(128, b"\x00")


def ole_file(names: list[str], *, loop: bool = False, outside: bool = False) -> bytes:
    """An OLE2 file whose root storage holds streams called ``names``."""
    entries = [_entry("Root Entry", 5)] + [_entry(n, 2) for n in names]
    dir_bytes = b"".join(entries)
    dir_sectors = max(1, -(-len(dir_bytes) // 512))
    dir_bytes = dir_bytes.ljust(dir_sectors * 512, b"\x00")
    # sector 0: FAT; sectors 1..n: directory
    fat = [FATSECT] + [i + 2 for i in range(dir_sectors - 1)] + [END]
    if loop:
        fat[dir_sectors] = 1  # the last directory sector points back to the first
    if outside:
        fat[dir_sectors] = 4000
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    header = bytearray(512)
    header[:8] = MAGIC
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 32, 6)
    struct.pack_into("<IIIIIIII", header, 44, 1, 1, 0, 0x1000, END, 0, END, 0)
    difat = [0] + [FREE] * 108
    struct.pack_into("<109I", header, 76, *difat)
    return bytes(header) + fat_bytes + dir_bytes
