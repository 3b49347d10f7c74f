# SPDX-License-Identifier: GPL-3.0-or-later
"""The one interface every import/export format implements, and the format registry.

A format module defines ``FORMAT = FormatInfo(...)`` and, as it supports them, a
``read(path, report)`` generator and a ``write(films, path, report)`` function:

- ``read`` yields ``ImportedFilm`` for each good record and ``ImportProblem`` for each
  bad one (naming the file and the line or record), may yield an ``ImportNote`` for
  something worth telling that is not a problem, and raises ``FormatError`` only when
  the file as a whole cannot be read (not this format, truncated archive, hostile XML…).
  It streams: it never builds a whole document of a large file in memory.
- ``write`` consumes an iterable of ``FilmRecord`` (streamed from the catalogue) and
  returns an ``ExportSummary`` that lists what the format could not hold.

Formats are found by ``detect(path)``, from content first and the extension second.
"""

from __future__ import annotations

import importlib
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from filmdesk.catalogue.dto import FilmRecord, field_label
from filmdesk.catalogue.text import counted
from filmdesk.errors import FilmdeskError

SNIFF_BYTES = 8192
# Archive limits: refuse zip bombs before extracting anything.
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_ARCHIVE_RATIO = 200
MAX_ARCHIVE_MEMBERS = 500_000


class FormatError(FilmdeskError):
    """A whole file cannot be imported; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ImportedFilm:
    film: FilmRecord
    location: str  # "ratings.csv line 14", "tellico.xml entry 7" — for messages


@dataclass(frozen=True, slots=True)
class ImportProblem:
    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportNote:
    """Something the user should know that is not a problem ("read as Windows-1252")."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


ImportItem = ImportedFilm | ImportProblem | ImportNote


@dataclass(slots=True)
class ExportSummary:
    films: int = 0
    files: list[Path] = field(default_factory=list)
    # Field name → how many films had a value the format could not hold.
    dropped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def drop(self, name: str) -> None:
        self.dropped[name] = self.dropped.get(name, 0) + 1

    def text(self) -> str:
        """A short report for people: how many films went where, and what was left out."""
        if len(self.files) > 3:  # a folder of .nfo files names the folder, not each file
            folder = os.path.commonpath([str(path) for path in self.files])
            where = f"{counted(len(self.files), 'file')} in {folder}"
        else:
            where = ", ".join(str(path) for path in self.files) or "nowhere"
        lines = [f"{counted(self.films, 'film')} exported to {where}."]
        if self.dropped:
            lines.append("The format cannot hold these, so they were left out:")
            lines += [
                f"  {field_label(name)}, of {counted(count, 'film')}"
                for name, count in sorted(self.dropped.items(), key=lambda i: field_label(i[0]))
            ]
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)


Progress = Callable[[int], None]  # called with the number of records done so far


class ReadFunction(Protocol):
    def __call__(self, path: Path, progress: Progress | None = None) -> Iterator[ImportItem]: ...


class WriteFunction(Protocol):
    def __call__(
        self, films: Iterable[FilmRecord], path: Path, progress: Progress | None = None
    ) -> ExportSummary: ...


@dataclass(frozen=True, slots=True)
class FormatInfo:
    id: str  # "native", "csv", "tellico", …; what --format takes
    name: str  # shown in file dialogs
    extensions: tuple[str, ...]  # without dots, lower case
    sniff: Callable[[Path, bytes], bool]  # does this file look like ours? (path, first bytes)
    module: str  # the module holding read()/write()
    can_import: bool = True
    can_export: bool = False
    export_is_folder: bool = False  # Kodi writes one .nfo per film into a folder
    export_extension: str = ""  # what an exported file is named with, if not extensions[0]

    @property
    def save_extension(self) -> str:
        """The extension an export file gets when its name is typed without one."""
        return self.export_extension or self.extensions[0]

    @property
    def written_extensions(self) -> tuple[str, ...]:
        """What an export in this format is named with: one extension, none for a folder.

        Only these choose the format of an export; the extensions a format can be read
        from (Letterboxd's .zip, Kodi's .xml) would otherwise send a file where it cannot go.
        """
        return () if self.export_is_folder else (self.save_extension,)

    def reader(self) -> ReadFunction:
        return importlib.import_module(self.module).read  # type: ignore[no-any-return]

    def writer(self) -> WriteFunction:
        return importlib.import_module(self.module).write  # type: ignore[no-any-return]


# Format modules in detection order: specific sniffers before general ones (CSV last).
FORMAT_MODULES = (
    "filmdesk.interchange.native",
    "filmdesk.interchange.tellico",
    "filmdesk.interchange.gcstar",
    "filmdesk.interchange.griffith",
    "filmdesk.interchange.letterboxd",
    "filmdesk.interchange.imdb",
    "filmdesk.interchange.kodi",
    "filmdesk.interchange.csv_format",
)


def formats() -> list[FormatInfo]:
    found = []
    for name in FORMAT_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a format not written yet
                continue
            raise
        found.append(module.FORMAT)
    return found


def format_by_id(format_id: str) -> FormatInfo:
    for info in formats():
        if info.id == format_id:
            return info
    known = ", ".join(f.id for f in formats())
    raise FilmdeskError(f"Unknown format {format_id!r}; known formats: {known}")


def detect(path: Path) -> FormatInfo:
    """The format of ``path`` (a file or a folder of .nfo files), judged by its content."""
    head = b""
    if path.is_file():
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    elif not path.exists():
        raise FormatError(path, "the file does not exist")
    for info in formats():
        if info.can_import and info.sniff(path, head):
            return info
    raise FormatError(path, "filmdesk does not recognise this file's format")


def safe_zip(path: Path, *, max_member_bytes: int = MAX_MEMBER_BYTES) -> zipfile.ZipFile:
    """Open a zip and refuse bombs and members that would escape an extraction folder.

    ``max_member_bytes`` may be raised by a format that streams its members (the native
    format's catalogue.json of 100,000 films is about 470 MB); the ratio check still applies.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, NotImplementedError, UnicodeDecodeError,
            ValueError) as exc:
        # zipfile also raises NotImplementedError (unknown versions) and decode errors.
        raise FormatError(path, f"not a readable zip archive ({exc})") from exc
    infos = archive.infolist()
    if len(infos) > MAX_ARCHIVE_MEMBERS:
        raise FormatError(path, f"the archive holds {len(infos):,} files, too many")
    for info in infos:
        name = info.filename
        # Split on both separators: "..\\..\\x" must not slip through on Linux.
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise FormatError(path, f"the archive member {name!r} points outside the archive")
        if info.file_size > max_member_bytes:
            raise FormatError(path, f"the archive member {name!r} is too large")
        if info.compress_size and info.file_size / info.compress_size > MAX_ARCHIVE_RATIO:
            raise FormatError(path, f"the archive member {name!r} looks like a zip bomb")
    return archive


def is_zip_with(path: Path, head: bytes, member: str) -> bool:
    """True for a zip archive holding ``member`` (used by sniffers)."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return any(n == member or n.endswith("/" + member) for n in archive.namelist())
    except (zipfile.BadZipFile, OSError, NotImplementedError, UnicodeDecodeError, ValueError):
        return False
