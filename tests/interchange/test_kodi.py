# SPDX-License-Identifier: GPL-3.0-or-later
"""Kodi .nfo files: one file, folder trees, videodb.xml, hostile XML, export and back."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    Link,
    NamedNote,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.validation import validate_film
from filmdesk.interchange import kodi
from filmdesk.interchange.base import (
    FormatError,
    ImportedFilm,
    ImportItem,
    ImportNote,
    ImportProblem,
    detect,
)
from filmdesk.posters import poster_from_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interchange" / "kodi"
LIBRARY = FIXTURES / "library"
HEAT = LIBRARY / "Crime" / "Heat (1995)" / "Heat (1995).nfo"
SOLARIS = LIBRARY / "Sci-Fi" / "Tarkovsky" / "Solaris (1972)" / "movie.nfo"
SECRET = "filmdesk-secret-4711"


def read_items(path: Path) -> list[ImportItem]:
    return list(kodi.read(path))


def only_film(path: Path) -> FilmRecord:
    (item,) = read_items(path)
    assert isinstance(item, ImportedFilm), item
    return item.film


def jpeg(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 90), colour).save(out, format="JPEG")
    return out.getvalue()


def nfo(body: str, head: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    return f"{head}<movie>\n{body}\n</movie>\n"


# --- detection ------------------------------------------------------------------------------


def test_detects_a_file_a_folder_tree_and_a_library_export() -> None:
    assert detect(HEAT).id == "kodi"
    assert detect(SOLARIS).id == "kodi"
    assert detect(LIBRARY).id == "kodi"
    assert detect(LIBRARY / "Sci-Fi").id == "kodi"  # the movie is two folders down
    assert detect(FIXTURES / "videodb.xml").id == "kodi"


def test_a_folder_without_movie_files_is_not_kodi(tmp_path: Path) -> None:
    shutil.copytree(LIBRARY / "Shows", tmp_path / "Shows")
    shutil.copytree(LIBRARY / "Extras", tmp_path / "Extras")
    assert not kodi.FORMAT.sniff(tmp_path, b"")
    assert not kodi.FORMAT.sniff(LIBRARY / "Extras" / "release.nfo", b"   ___  ____")


def test_sniffing_looks_past_the_prologue() -> None:
    head = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a -->\n<!DOCTYPE movie>\n<movie>'
    assert kodi.FORMAT.sniff(Path("x.nfo"), head)
    assert not kodi.FORMAT.sniff(Path("x.nfo"), b"<tvshow><title>x</title></tvshow>")


# --- mapping --------------------------------------------------------------------------------


def test_maps_every_field_of_a_full_file() -> None:
    assert only_film(HEAT) == FilmRecord(
        title="Heat",
        year=1995,
        release_date=dt.date(1995, 12, 15),
        runtime=170,
        certification="R",  # "Rated R": the prefix is a scraper setting, not the rating
        genres=("Action", "Crime", "Drama"),
        countries=("United States of America",),
        studios=("Warner Bros. Pictures", "Forward Pass"),
        directors=("Michael Mann",),
        crew=(CrewCredit("Michael Mann", "Screenplay"),),
        cast=(  # by <order>; the actor without one comes last
            CastCredit("Al Pacino", "Lt. Vincent Hanna"),
            CastCredit("Robert De Niro", "Neil McCauley"),
            CastCredit("Val Kilmer", "Chris Shiherlis"),
            CastCredit("Danny Trejo", "Trejo"),
        ),
        synopsis="A detective and a master thief circle each other across Los Angeles.",
        plot=(
            "Neil McCauley's crew takes an armoured car; Vincent Hanna's squad closes in, "
            "and the last job goes wrong at the bank."
        ),
        notes="Tagline: A Los Angeles crime saga",
        imdb_id="tt0113277",
        tmdb_id="949",
        rating=4.5,
        watched=True,
        viewings=(dt.date(2024, 2, 17),),
        tags=("own on blu-ray", "heists", "Michael Mann Crime"),
        links=(Link("Trailer", "https://www.youtube.com/watch?v=0xbBLJ1WGwQ"),),
        added_at=dt.datetime(2023, 9, 1, 21, 15, tzinfo=dt.UTC),
    )


def test_older_conventions_and_a_trailing_url_line() -> None:
    solaris = only_film(SOLARIS)
    assert solaris.original_title == "Солярис"
    assert solaris.imdb_id == "tt0069293"  # the pre-Kodi-18 <id>
    assert solaris.tmdb_id == "593"  # from the URL line after the XML
    assert solaris.rating == 4.0  # 4 out of max="5"
    assert solaris.runtime == 167  # "167 min"
    assert solaris.genres == ("Drama", "Mystery", "Science Fiction")  # " / "-joined
    assert [c.person for c in solaris.crew] == ["Fridrikh Gorenshteyn", "Andrei Tarkovsky"]
    assert solaris.tags == ("Tarkovsky",)  # the old text-only <set>
    assert [c.person for c in solaris.cast] == ["Natalya Bondarchuk", "Donatas Banionis"]
    assert (solaris.watched, solaris.viewings, solaris.synopsis) == (False, (), "")


def test_reads_a_library_export_one_movie_at_a_time() -> None:
    items = read_items(FIXTURES / "videodb.xml")
    assert [i.location for i in items] == ["videodb.xml movie 1", "videodb.xml movie 2"]
    films = [i.film for i in items if isinstance(i, ImportedFilm)]
    assert [f.title for f in films] == ["Le Samouraï", "Army of Shadows"]
    assert (films[0].rating, films[0].viewings) == (4.0, (dt.date(2022, 10, 2),))
    assert (films[1].tmdb_id, films[1].original_title) == ("15383", "L'Armée des ombres")


def test_folder_import_names_each_file_and_skips_what_is_not_a_film() -> None:
    items = read_items(LIBRARY)
    assert [(type(i).__name__, i.location) for i in items] == [
        ("ImportProblem", "Broken/Broken.nfo"),
        ("ImportedFilm", "Crime/Heat (1995)/Heat (1995).nfo"),
        ("ImportedFilm", "Sci-Fi/Tarkovsky/Solaris (1972)/movie.nfo"),
        ("ImportNote", "library"),
    ]
    assert "well-formed" in str(items[0])
    # tvshow.nfo and the release notes
    assert "2 .nfo files that describe no film" in str(items[-1])


def test_a_single_malformed_file_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="Broken.nfo") as caught:
        read_items(LIBRARY / "Broken" / "Broken.nfo")
    assert "well-formed" in caught.value.reason


def test_a_link_only_nfo(tmp_path: Path) -> None:
    (tmp_path / "a.nfo").write_text("https://www.imdb.com/title/tt0113277/\n")
    (tmp_path / "b.nfo").write_text(nfo("<title>B</title>"))
    items = read_items(tmp_path)
    assert isinstance(items[0], ImportProblem) and items[0].location == "a.nfo"
    with pytest.raises(FormatError, match="no Kodi film details"):
        read_items(tmp_path / "a.nfo")


def test_every_imported_film_passes_validation() -> None:
    for path in (LIBRARY, FIXTURES / "videodb.xml"):
        for item in read_items(path):
            if isinstance(item, ImportedFilm):
                validate_film(item.film)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("<title>X</title><userrating>42</userrating>", "userrating 42"),
        ("<title>X</title><year>99999</year>", "99999"),
        ("<title>X</title><runtime>-5</runtime>", "runtime"),
        ("<title>X</title><runtime>100000</runtime>", "runtime"),
        ("<title>X</title><playcount>lots</playcount>", "playcount"),
        ("<title>X</title><lastplayed>someday</lastplayed>", "lastplayed"),
        ("<title>X</title><dateadded>9999-01-01 00:00:00</dateadded>", "dateadded"),
        ("<title>X</title><uniqueid type='imdb'>tt12</uniqueid>", "imdb_id"),
        ("<title>   </title><year>1999</year>", "title"),
        ("<title>X</title><genre></genre><genre>" + "g" * 400 + "</genre>", "genres"),
    ],
)
def test_absurd_values_are_problems_naming_the_file(tmp_path: Path, body: str, words: str) -> None:
    folder = tmp_path / "lib" / "X (1999)"
    folder.mkdir(parents=True)
    (folder / "X.nfo").write_text(nfo(body))
    (item,) = read_items(tmp_path / "lib")
    assert isinstance(item, ImportProblem)
    assert item.location == "X (1999)/X.nfo"
    assert words in item.reason


def test_a_poster_beside_the_file_is_imported(tmp_path: Path) -> None:
    shutil.copytree(LIBRARY, tmp_path / "lib")
    heat = tmp_path / "lib" / "Crime" / "Heat (1995)"
    (heat / "Heat (1995)-poster.jpg").write_bytes(jpeg())
    (heat.parent.parent / "Sci-Fi" / "Tarkovsky" / "Solaris (1972)" / "folder.jpg").write_bytes(
        b"not a picture at all"
    )
    items = read_items(tmp_path / "lib")
    films = {i.film.title: i.film for i in items if isinstance(i, ImportedFilm)}
    poster = films["Heat"].poster
    assert poster is not None and (poster.width, poster.height) == (60, 90)
    # A broken picture loses only the picture: the film comes with a note saying so.
    assert films["Solaris"].poster is None
    assert not [i for i in items if isinstance(i, ImportProblem) and "poster" in i.reason]
    assert any(
        isinstance(i, ImportNote) and "poster" in i.message and "movie.nfo" in i.location
        for i in items
    )


# --- hostile XML ----------------------------------------------------------------------------

_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE movie [
 <!ENTITY a "haha">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<movie><title>&g;</title></movie>
"""


def _external(secret: Path) -> str:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE movie [ <!ENTITY leak SYSTEM "{secret.as_uri()}"> ]>\n'
        "<movie><title>Leak</title><plot>&leak;</plot></movie>\n"
    )


def _parameter(secret: Path) -> str:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE movie [ <!ENTITY % p SYSTEM "{secret.as_uri()}"> %p; ]>\n'
        "<movie><title>Leak</title></movie>\n"
    )


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.mark.parametrize("make", [lambda s: _LAUGHS, _external, _parameter])
def test_hostile_xml_is_refused_without_leaking(tmp_path: Path, secret: Path, make: object) -> None:
    text = make(secret)  # type: ignore[operator]
    single = tmp_path / "hostile.nfo"
    single.write_text(text)
    assert detect(single).id == "kodi"  # it looks like ours, and is then refused
    with pytest.raises(FormatError, match="DTD") as caught:
        read_items(single)
    assert SECRET not in str(caught.value)

    folder = tmp_path / "lib"
    (folder / "Bad").mkdir(parents=True)
    (folder / "Bad" / "bad.nfo").write_text(text)
    (folder / "Good.nfo").write_text(nfo("<title>Good</title>"))
    items = read_items(folder)
    assert [(type(i).__name__, i.location) for i in items] == [
        ("ImportedFilm", "Good.nfo"),  # a folder's own files come before its subfolders
        ("ImportProblem", "Bad/bad.nfo"),
    ]
    assert SECRET not in repr(items)

    library = tmp_path / "videodb.xml"
    library.write_text(
        text.replace("<movie>", "<videodb><movie>")
        .replace("</movie>", "</movie></videodb>")
        .replace("DOCTYPE movie", "DOCTYPE videodb")
    )
    with pytest.raises(FormatError, match="DTD") as caught:
        read_items(library)
    assert SECRET not in str(caught.value)


def test_an_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kodi, "NFO_MAX_BYTES", 100)
    path = tmp_path / "big.nfo"
    path.write_text(nfo("<title>Big</title><plot>" + "x" * 200 + "</plot>"))
    with pytest.raises(FormatError, match="larger"):
        read_items(path)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_fuzzed_bytes_give_films_problems_or_a_format_error(data: bytes) -> None:
    _read_fuzzed(data)


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), noise=st.binary(max_size=16))
def test_damaged_real_files_give_films_problems_or_a_format_error(cut: int, noise: bytes) -> None:
    original = HEAT.read_bytes()
    _read_fuzzed(original[:cut] + noise + original[cut + len(noise) :])


_TAGS = st.sampled_from(
    [
        "title",
        "year",
        "runtime",
        "userrating",
        "playcount",
        "lastplayed",
        "dateadded",
        "actor",
        "order",
        "uniqueid",
        "id",
        "premiered",
        "set",
        "name",
        "genre",
        "trailer",
        "mpaa",
        "watched",
        "originallanguage",
    ]
)


@st.composite
def _movie_xml(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        tag = draw(_TAGS)
        text = draw(st.text(max_size=12) | st.sampled_from(["0", "10", "1995", "tt0113277"]))
        escaped = text.replace("&", "&amp;").replace("<", "&lt;")
        parts.append(f"<{tag} max='{draw(st.integers(-1, 20))}'>{escaped}</{tag}>")
    return nfo("".join(parts))


@settings(max_examples=200, deadline=None)
@given(text=_movie_xml())
def test_fuzzed_movie_elements_give_films_problems_or_a_format_error(text: str) -> None:
    _read_fuzzed(text.encode("utf-8", errors="replace"))


def _read_fuzzed(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "movie.nfo"
        path.write_bytes(data)
        for target in (path, Path(folder)):
            try:
                items = read_items(target)
            except FormatError:
                continue
            for item in items:
                if isinstance(item, ImportedFilm):
                    validate_film(item.film)


# --- export ---------------------------------------------------------------------------------

FULL = FilmRecord(
    title="Heat",
    original_title="Heat: A Los Angeles Crime Saga",
    year=1995,
    runtime=170,
    certification="R",
    languages=("English", "Spanish"),
    directors=("Michael Mann",),
    genres=("Action", "Crime"),
    countries=("United States",),
    synopsis="A detective and a thief.",
    plot="The bank job goes wrong & <badly>.",
    ending="Neil dies at the airport.",
    timeline=(TimelineEvent("The armoured car", "Day 1"),),
    characters=(Character("Neil McCauley", "Robert De Niro"),),
    settings=(NamedNote("Los Angeles"),),
    themes=(NamedNote("Professionalism"),),
    cast=(CastCredit("Al Pacino", "Vincent Hanna"), CastCredit("Robert De Niro", "Neil")),
    crew=(CrewCredit("Michael Mann", "Screenplay"), CrewCredit("Dante Spinotti", "Camera")),
    budget=60_000_000,
    gross=187_000_000,
    studios=("Warner Bros.",),
    filming_locations=("Los Angeles",),
    release_date=dt.date(1995, 12, 15),
    post_credits="Nothing.",
    links=(
        Link("Trailer", "https://www.youtube.com/watch?v=abcdefghijk"),
        Link("Wikipedia", "https://en.wikipedia.org/wiki/Heat_(1995_film)"),
    ),
    imdb_id="tt0113277",
    tmdb_id="949",
    similar=(SimilarFilm("Thief", 1981),),
    poster=poster_from_bytes(jpeg((10, 120, 200))),
    rating=4.5,
    watched=True,
    viewings=(dt.date(2019, 5, 1), dt.date(2023, 12, 24)),
    tags=("crime", "own on blu-ray"),
    notes="Tagline: A Los Angeles crime saga\n\nMy own note.",
    added_at=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
)


def test_export_writes_one_nfo_and_poster_per_film(tmp_path: Path) -> None:
    summary = kodi.write([FULL], tmp_path / "out")
    nfo_path = tmp_path / "out" / "Heat (1995).nfo"
    assert summary.files == [nfo_path, tmp_path / "out" / "Heat (1995)-poster.jpg"]
    assert kodi.FORMAT.export_is_folder
    root = ET.parse(nfo_path).getroot()
    assert [e.tag for e in root][:6] == [
        "title",
        "originaltitle",
        "userrating",
        "outline",
        "plot",
        "tagline",
    ]
    assert root.findtext("userrating") == "9"
    assert root.findtext("playcount") == "2"
    assert root.findtext("lastplayed") == "2023-12-24"
    imdb = root.find("uniqueid[@type='imdb']")
    assert imdb is not None and imdb.get("default") == "true" and imdb.text == "tt0113277"
    assert [(a.findtext("name"), a.findtext("order")) for a in root.iter("actor")] == [
        ("Al Pacino", "0"),
        ("Robert De Niro", "1"),
    ]
    assert root.findtext("plot") == "The bank job goes wrong & <badly>."
    assert nfo_path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"')


def test_export_summary_lists_what_kodi_cannot_hold(tmp_path: Path) -> None:
    summary = kodi.write([FULL], tmp_path / "out")
    assert summary.dropped == {
        name: 1
        for name in (
            "ending",
            "timeline",
            "characters",
            "settings",
            "themes",
            "budget",
            "gross",
            "filming_locations",
            "post_credits",
            "similar",
            "notes",  # the tagline fits, "My own note." does not
            "viewings",  # only the last date
            "crew",  # the camera operator
            "links",  # Wikipedia
            "languages",  # only the original language
        )
    }
    assert summary.films == 1 and summary.notes


def test_export_round_trip(tmp_path: Path) -> None:
    kodi.write([FULL], tmp_path / "out")
    back = only_film(tmp_path / "out")
    assert back.poster is not None and (back.poster.width, back.poster.height) == (60, 90)
    expected = FilmRecord(
        title=FULL.title,
        original_title=FULL.original_title,
        year=FULL.year,
        runtime=FULL.runtime,
        certification=FULL.certification,
        languages=("English",),
        directors=FULL.directors,
        genres=FULL.genres,
        countries=FULL.countries,
        synopsis=FULL.synopsis,
        plot=FULL.plot,
        cast=FULL.cast,
        crew=(CrewCredit("Michael Mann", "Screenplay"),),
        studios=FULL.studios,
        release_date=FULL.release_date,
        links=(FULL.links[0],),
        imdb_id=FULL.imdb_id,
        tmdb_id=FULL.tmdb_id,
        rating=FULL.rating,
        watched=True,
        viewings=(dt.date(2023, 12, 24),),
        tags=FULL.tags,
        notes="Tagline: A Los Angeles crime saga",
        added_at=FULL.added_at,
        poster=back.poster,
    )
    assert back == expected


def test_round_trip_of_a_bare_unwatched_film(tmp_path: Path) -> None:
    film = FilmRecord(title="Untitled Project")
    kodi.write([film], tmp_path / "out")
    assert only_film(tmp_path / "out" / "Untitled Project.nfo") == film


def test_export_file_names_are_safe_and_unique(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "Heat (1995).nfo").write_text("somebody else's file")
    films = [
        FilmRecord(title="Heat", year=1995),
        FilmRecord(title="HEAT", year=1995),
        FilmRecord(title="AC/DC: Let There Be Rock?", year=1980),
        FilmRecord(title="CON"),
        FilmRecord(title="..."),
        FilmRecord(title="Bell\x07 <ring>"),
        FilmRecord(title="Ä" * 300),
    ]
    summary = kodi.write(films, out)
    names = [p.name for p in summary.files]
    assert names[:4] == [
        "Heat (1995) [2].nfo",
        "HEAT (1995) [3].nfo",
        "AC_DC - Let There Be Rock_ (1980).nfo",
        "_CON.nfo",
    ]
    assert names[4] == "_.nfo"
    assert names[5] == "Bell_ _ring_.nfo"
    assert len(names[6].encode()) <= 255
    assert (out / "Heat (1995).nfo").read_text() == "somebody else's file"
    assert len({n.casefold() for n in names}) == len(names)
    for path in summary.files:
        ET.parse(path)  # every file is well-formed, control characters and all


def test_export_into_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(FormatError, match="folder"):
        kodi.write([FULL], target)


def test_export_reports_progress(tmp_path: Path) -> None:
    seen: list[int] = []
    kodi.write([FULL, FilmRecord(title="Other")], tmp_path / "out", seen.append)
    assert seen == [1, 2]


# --- boundary -------------------------------------------------------------------------------


def test_these_formats_import_no_qt() -> None:
    probe = (
        "import json, sys\n"
        "import filmdesk.interchange.letterboxd, filmdesk.interchange.imdb\n"
        "import filmdesk.interchange.kodi\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_jellyfin_watched_flag_and_plain_uniqueids(tmp_path: Path) -> None:
    path = tmp_path / "movie.nfo"
    path.write_text(
        nfo(
            "<title>Alien</title><watched>true</watched>"
            "<uniqueid>tt0078748</uniqueid><uniqueid type='imdb'>78748</uniqueid>"
            "<uniqueid type='tmdb'>348</uniqueid><mpaa>GB:15</mpaa>"
        )
    )
    alien = only_film(path)
    assert (alien.watched, alien.viewings) == (True, ())
    assert (alien.imdb_id, alien.tmdb_id, alien.certification) == ("tt0078748", "348", "GB:15")
