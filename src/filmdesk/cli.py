# SPDX-License-Identifier: GPL-3.0-or-later
"""The `filmdesk` command: no arguments (or a catalogue path) opens the window; subcommands
script the same catalogue service.

Errors are printed as one sentence on stderr with exit status 1 (2 for bad usage), never
as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from filmdesk import __version__

SUBCOMMANDS = (
    "init", "search", "show", "stats", "generate", "import", "export", "copy-catalogue",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filmdesk",
        description="A desktop film catalogue. Without a command, opens the window.",
        epilog="The catalogue is --database, else $FILMDESK_DATABASE_URL, else the embedded one.",
    )
    parser.add_argument("--version", action="version", version=f"filmdesk {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL or path of the catalogue (sqlite file by default)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="create the catalogue")
    init.add_argument("--sample", action="store_true", help="add the sample films")

    search = commands.add_parser("search", parents=[common], help="list matching films")
    search.add_argument("query", nargs="?", default="", help="a search (empty: every film)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--sort",
        default="title",
        choices=["title", "year", "runtime", "rating", "added", "watched"],
    )
    search.add_argument("--desc", action="store_true", help="sort descending")
    search.add_argument("--limit", type=int, metavar="N", help="print at most N films")

    show = commands.add_parser("show", parents=[common], help="print one whole film")
    show.add_argument("film", metavar="UUID|TITLE", help='uuid, IMDb id, title or "Title (Year)"')
    show.add_argument("--json", action="store_true", help="print JSON")

    stats = commands.add_parser("stats", parents=[common], help="catalogue statistics")
    stats.add_argument("--json", action="store_true", help="print JSON")

    generate = commands.add_parser(
        "generate", parents=[common], help="fill a catalogue with generated films (for testing)"
    )
    generate.add_argument("count", type=int, help="how many films")
    generate.add_argument("--seed", type=int, default=1995)

    importer = commands.add_parser(
        "import", parents=[common], help="import films from files (one transaction)"
    )
    importer.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    importer.add_argument("--format", metavar="F", help="the files' format (default: detected)")
    importer.add_argument(
        "--on-duplicate",
        choices=["skip", "fill", "replace"],
        default="skip",
        help="films already in the catalogue: leave them (default), fill their empty "
        "fields, or replace them (a backup is taken first)",
    )
    importer.add_argument("--dry-run", action="store_true", help="report, change nothing")
    importer.add_argument(
        "--strict", action="store_true", help="import nothing if any record is rejected"
    )
    importer.add_argument("--json", action="store_true", help="print the summary as JSON")

    exporter = commands.add_parser("export", parents=[common], help="export films to a file")
    exporter.add_argument("file", metavar="FILE", help="the file to write")
    exporter.add_argument(
        "--format", metavar="F", help="native, csv, … (default: from the file's extension)"
    )
    exporter.add_argument("--query", metavar="Q", default="", help="only films matching Q")
    exporter.add_argument("--json", action="store_true", help="print the summary as JSON")

    copier = commands.add_parser(
        "copy-catalogue",
        help="copy every film to another catalogue (SQLite file or PostgreSQL URL), losslessly",
        description="Copy a whole catalogue, posters included, e.g. from a SQLite file to "
        "postgresql+psycopg://user@host/db or back. Without a password in the URL, "
        "PGPASSFILE or ~/.pgpass is used.",
    )
    copier.add_argument("source", metavar="SOURCE", help="catalogue to copy from (file or URL)")
    copier.add_argument("target", metavar="TARGET", help="catalogue to copy into (file or URL)")
    copier.add_argument(
        "--replace",
        action="store_true",
        help="delete the target's films first (without it, the target must be empty)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # No command (or just a catalogue path / GUI options) starts the desktop app.
    if not args_list or (args_list[0] not in SUBCOMMANDS and args_list[0] not in (
        "-h", "--help", "--version"
    )):
        from filmdesk.app import main as gui_main

        return gui_main(args_list)
    args = _parser().parse_args(args_list)
    from filmdesk.errors import FilmdeskError

    try:
        return _run(args)
    except FilmdeskError as exc:
        print(f"filmdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("filmdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run(args: argparse.Namespace) -> int:
    from filmdesk.catalogue.db import resolve_location
    from filmdesk.catalogue.service import CatalogueService

    if args.command == "copy-catalogue":
        return _copy_catalogue(args)

    creates = args.command in ("init", "generate") or (
        args.command == "import" and not args.dry_run
    )
    service = CatalogueService.open(resolve_location(args.database), create=creates)
    try:
        return _COMMANDS[args.command](service, args)
    finally:
        service.close()


def _init(service: Any, args: argparse.Namespace) -> int:
    added = service.load_sample() if args.sample else []
    print(f"Catalogue ready at {service.location}: {service.count()} films"
          + (f" ({len(added)} sample films added)" if args.sample else ""))
    return 0


def _search(service: Any, args: argparse.Namespace) -> int:
    from filmdesk.catalogue.dto import SortKey

    result = service.search(args.query, SortKey(args.sort), descending=args.desc, limit=args.limit)
    rows = []
    for start in range(0, len(result.ids), 1000):
        rows += service.rows(result.ids[start : start + 1000])
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        year = f" ({row.year})" if row.year else ""
        extra = " · ".join(
            part
            for part in (
                ", ".join(row.directors),
                f"{row.runtime} min" if row.runtime else "",
                _stars(row.rating),
                "watched" if row.watched else "",
            )
            if part
        )
        print(f"{row.title}{year}" + (f"  — {extra}" if extra else ""))
    # stderr, so a pipe gets only the films: "3 of 41 matches" when --limit cut the list.
    if len(rows) < result.count:
        print(f"{len(rows)} of {result.count} matching films", file=sys.stderr)
    else:
        shown = f"{len(rows)} of {result.catalogue_size}" if args.query else f"{len(rows)}"
        print(f"{shown} films", file=sys.stderr)
    return 0


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "uuid": row.uuid,
        "title": row.title,
        "year": row.year,
        "runtime": row.runtime,
        "directors": list(row.directors),
        "genres": list(row.genres),
        "rating": row.rating,
        "watched": row.watched,
    }


def _stars(rating: float | None) -> str:
    if rating is None:
        return ""
    return "★" * int(rating) + ("½" if rating % 1 else "")


def _show(service: Any, args: argparse.Namespace) -> int:
    film = service.find(args.film)
    if args.json:
        data = film.to_json()
        data["id"] = film.id
        data["backlinks"] = [
            {"title": b.title, "year": b.year} for b in service.backlinks(film.id)
        ]
        data["has_poster"] = film.poster is not None
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(format_film(film))
    return 0


def format_film(film: Any) -> str:
    """A whole film as readable plain text, section by section."""
    lines = [film.display_title]
    if film.original_title and film.original_title != film.title:
        lines.append(f"Original title: {film.original_title}")
    facts = [
        f"{film.runtime} min" if film.runtime else "",
        ", ".join(film.languages),
        film.certification,
    ]
    lines.append(" · ".join(f for f in facts if f))
    for label, values in (
        ("Directed by", film.directors),
        ("Genres", film.genres),
        ("Countries", film.countries),
        ("Tags", film.tags),
    ):
        if values:
            lines.append(f"{label}: {', '.join(values)}")
    if film.rating is not None:
        lines.append(f"My rating: {_stars(film.rating)} ({film.rating:g}/5)")
    if film.watched or film.viewings:
        dates = ", ".join(d.isoformat() for d in film.viewings)
        lines.append("Watched" + (f": {dates}" if dates else ""))

    def section(title: str, body: str) -> None:
        if body.strip():
            lines.extend(["", title.upper(), body.strip()])

    section("Synopsis", film.synopsis)
    section("Plot (spoilers)", film.plot)
    section("Ending explained (spoilers)", film.ending)
    section(
        "Timeline",
        "\n".join(
            f"- {e.marker + ': ' if e.marker else ''}{e.text}{' [spoiler]' if e.spoiler else ''}"
            for e in film.timeline
        ),
    )
    section(
        "Characters",
        "\n".join(
            f"- {c.name}{' (' + c.played_by + ')' if c.played_by else ''}"
            f"{': ' + c.description if c.description else ''}"
            for c in film.characters
        ),
    )
    section("Settings", "\n".join(f"- {s.name}: {s.description}" for s in film.settings))
    section("Themes", "\n".join(f"- {t.name}: {t.description}" for t in film.themes))
    section("Cast", "\n".join(f"- {c.person} as {c.character}" for c in film.cast))
    section("Crew", "\n".join(f"- {c.job}: {c.person}" for c in film.crew))
    money = []
    if film.budget is not None:
        money.append(f"Budget: {film.budget:,} {film.currency}")
    if film.gross is not None:
        money.append(f"Gross: {film.gross:,} {film.currency}")
    section("Box office", "\n".join(money))
    production = []
    if film.studios:
        production.append(f"Studios: {', '.join(film.studios)}")
    if film.filming_locations:
        production.append(f"Filmed in: {', '.join(film.filming_locations)}")
    if film.release_date:
        production.append(f"Released: {film.release_date.isoformat()}")
    section("Production", "\n".join(production))
    section("Post-credit scenes (spoilers)", film.post_credits)
    ids = [
        f"IMDb {film.imdb_id}" if film.imdb_id else "",
        f"TMDb {film.tmdb_id}" if film.tmdb_id else "",
    ]
    section(
        "Links",
        "\n".join([f"- {link.label}: {link.url}" for link in film.links] + [i for i in ids if i]),
    )
    section(
        "Similar films",
        "\n".join(
            f"- {s.title}{f' ({s.year})' if s.year else ''}"
            f"{'' if s.film_id else ' — not in the catalogue'}"
            for s in film.similar
        ),
    )
    section("Notes", film.notes)
    lines += ["", f"uuid {film.uuid} · added {film.added_at:%Y-%m-%d}" if film.added_at else ""]
    return "\n".join(lines).rstrip()


def _stats(service: Any, args: argparse.Namespace) -> int:
    stats = service.stats()
    if args.json:
        print(json.dumps(stats.to_json(), ensure_ascii=False, indent=2))
        return 0
    hours, minutes = divmod(stats.total_runtime, 60)
    print(f"{stats.films} films, {stats.watched} watched, {hours} h {minutes} min in all")
    for title, pairs in (
        ("By genre", stats.by_genre),
        ("By decade", [(f"{d}s", n) for d, n in stats.by_decade]),
        ("Top directors", stats.by_director),
        ("By my rating", [(_stars(r), n) for r, n in stats.by_rating]),
    ):
        if pairs:
            print(f"\n{title}:")
            for name, count in pairs:
                print(f"  {name:<28} {count}")
    return 0


def _generate(service: Any, args: argparse.Namespace) -> int:
    from filmdesk.catalogue.generator import generate_films

    ids = service.add_films(generate_films(args.count, seed=args.seed), total=args.count)
    print(f"Added {len(ids)} generated films to {service.location}")
    return 0


# --- import and export ---------------------------------------------------------------------


class _ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._shown = sys.stderr.isatty()
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self._shown:
            return
        if total:
            filled = int(30 * min(done, total) / total)
            line = f"{self._label} [{'#' * filled}{'-' * (30 - filled)}] {done:,}/{total:,}"
        else:
            line = f"{self._label} {done:,} records"
        sys.stderr.write("\r" + line)
        sys.stderr.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._drawn = False


def _import(service: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from filmdesk.interchange.importing import ImportRefused, plan_import, run_import

    reading = _ProgressBar("Reading")
    try:
        plan = plan_import(service, [Path(f) for f in args.files], args.format, progress=reading)
    finally:
        reading.close()
    writing = _ProgressBar("Dry run" if args.dry_run else "Importing")
    try:
        summary = run_import(
            service,
            plan,
            args.on_duplicate,
            allow_rejected=not args.strict,
            dry_run=args.dry_run,
            progress=writing,
        )
    except ImportRefused as exc:
        writing.close()
        if args.json:
            print(json.dumps({"refused": True, "rejected": [
                {"location": p.location, "reason": p.reason} for p in exc.rejected
            ]}, ensure_ascii=False, indent=2))
        else:
            for problem in exc.rejected[:50]:
                print(f"  {problem}", file=sys.stderr)
        print(f"filmdesk: {exc}", file=sys.stderr)
        return 1
    finally:
        writing.close()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summary.text())
    return 0


def _export(service: Any, args: argparse.Namespace) -> int:
    from pathlib import Path

    from filmdesk.interchange.importing import export_films

    bar = _ProgressBar("Exporting")
    try:
        summary = export_films(service, Path(args.file), args.format, args.query, progress=bar)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({
            "films": summary.films,
            "files": [str(f) for f in summary.files],
            "not_exported": summary.dropped,
            "notes": summary.notes,
        }, ensure_ascii=False, indent=2))
        return 0
    print(summary.text())
    return 0


def _copy_catalogue(args: argparse.Namespace) -> int:
    from filmdesk.catalogue.copying import copy_catalogue
    from filmdesk.catalogue.service import CatalogueService

    source = CatalogueService.open(args.source, create=False)
    try:
        target = CatalogueService.open(args.target, create=True)
        bar = _ProgressBar("Copying")
        try:
            summary = copy_catalogue(source, target, replace=args.replace, progress=bar)
        finally:
            bar.close()
            target.close()
    finally:
        source.close()
    replaced = f", replacing {summary.replaced}" if summary.replaced else ""
    print(
        f"Copied {summary.films} films ({summary.posters} posters{replaced}) "
        f"from {source.location} to {target.location}"
    )
    return 0


_COMMANDS = {
    "init": _init,
    "search": _search,
    "show": _show,
    "stats": _stats,
    "generate": _generate,
    "import": _import,
    "export": _export,
}
