"""The directory of an OLE2 compound file (Word 97, WPS, Excel 97 and WPS sheets).

Only what is needed to tell the files apart by content: the names of the
streams (``WordDocument``, ``Workbook``/``Book``, ``EncryptionInfo``…).
Every sector chain is followed with a visited set and a length bound, so a
file whose sectors loop or point outside it raises a typed error instead of
running for ever.

>>> list_streams(b"not an OLE file")
Traceback (most recent call last):
...
zwgk.errors.ParseError: not an OLE2 compound file
"""

from __future__ import annotations

import struct

from zwgk.errors import InputTooLargeError, ParseError

__all__ = ["OLE_MAGIC", "list_streams"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTOR = 0xFFFFFFFA
_MAX_ENTRIES = 100_000


class _Ole:
    def __init__(self, data: bytes, source: str | None) -> None:
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise ParseError("not an OLE2 compound file", source=source)
        self.data = data
        self.source = source
        shift = struct.unpack_from("<H", data, 30)[0]
        if shift not in (9, 12):
            raise ParseError(f"OLE2 file with a sector size of 2^{shift}", source=source)
        self.size = 1 << shift
        self.n_sectors = max(0, (len(data) - 512) // self.size + 1)

    def sector(self, sid: int) -> bytes:
        start = (sid + 1) * self.size  # the header fills sector -1
        if sid > _MAX_SECTOR or start >= len(self.data):
            raise ParseError(f"OLE2 sector {sid} lies outside the file", source=self.source)
        return self.data[start : start + self.size]

    def chain(self, first: int, next_of: list[int]) -> list[int]:
        """A sector chain, refusing loops and chains longer than the file."""
        out: list[int] = []
        seen: set[int] = set()
        sid = first
        while sid != _END:
            if sid in seen:
                raise ParseError(
                    f"OLE2 sector chain loops back to sector {sid} (damaged or hostile file)",
                    source=self.source,
                )
            if sid >= len(next_of) or sid > _MAX_SECTOR:
                raise ParseError(
                    f"OLE2 sector chain points outside the file ({sid})", source=self.source
                )
            seen.add(sid)
            out.append(sid)
            sid = next_of[sid]
        return out

    def fat(self) -> list[int]:
        header = self.data
        n_fat, _dir, _x, _y, _mf, _mc, difat_first, _n_difat = struct.unpack_from(
            "<I I I I I I I I", header, 44
        )
        if n_fat > self.n_sectors + 1:
            raise InputTooLargeError(
                "OLE2 header declares more FAT sectors than the file holds",
                size=n_fat,
                limit=self.n_sectors,
                source=self.source,
            )
        ids = [i for i in struct.unpack_from("<109I", header, 76) if i < _MAX_SECTOR]
        seen: set[int] = set()
        sid = difat_first
        while sid < _MAX_SECTOR and len(ids) < n_fat:
            if sid in seen:
                raise ParseError(
                    "OLE2 DIFAT chain loops (damaged or hostile file)", source=self.source
                )
            seen.add(sid)
            values = struct.unpack(f"<{self.size // 4}I", self.sector(sid))
            ids.extend(v for v in values[:-1] if v < _MAX_SECTOR)
            sid = values[-1]
        fat: list[int] = []
        for sid in ids[:n_fat]:
            fat.extend(struct.unpack(f"<{self.size // 4}I", self.sector(sid)))
        return fat

    def names(self) -> list[str]:
        fat = self.fat()
        dir_first = struct.unpack_from("<I", self.data, 48)[0]
        names: list[str] = []
        for sid in self.chain(dir_first, fat):
            block = self.sector(sid)
            for off in range(0, len(block), 128):
                entry = block[off : off + 128]
                if len(entry) < 128 or entry[66] == 0:
                    continue
                length = min(struct.unpack_from("<H", entry, 64)[0], 64)
                name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
                names.append(name)
                if len(names) > _MAX_ENTRIES:
                    raise InputTooLargeError(
                        "OLE2 directory has too many entries",
                        size=len(names),
                        limit=_MAX_ENTRIES,
                        source=self.source,
                    )
        return names


def list_streams(data: bytes, *, source: str | None = None) -> list[str]:
    """The names of the storages and streams in an OLE2 file's directory.

    Raises :class:`~zwgk.errors.ParseError` for a file that is not OLE2 or
    whose sector chains loop or leave the file.
    """
    try:
        return _Ole(data, source).names()
    except struct.error as exc:
        raise ParseError(f"truncated OLE2 file ({exc})", source=source) from None
