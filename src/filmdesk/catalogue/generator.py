# SPDX-License-Identifier: GPL-3.0-or-later
"""Invented but plausible films, for tests, benchmarks and ``filmdesk generate``.

Everything comes from the word lists below and one ``random.Random(seed)``: no data
files, no network. The same seed always gives the same films, and a shorter run is a
prefix of a longer one (nothing depends on ``count``), so a test can generate 50 films
and find the same first 50 in a 100k benchmark catalogue.

People come from one shared pool of about 20,000 names, drawn with Zipf-like weights so
a few actors appear in hundreds of films and most in a handful, as in a real collection.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import uuid as uuid_module
from collections.abc import Callable, Iterator, Sequence
from random import Random
from typing import TypeVar

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
from filmdesk.catalogue.text import fold

T = TypeVar("T")

PEOPLE = 20_000
FIRST_YEAR, LAST_YEAR = 1920, 2025
# Viewings and edits stop here rather than at today, so the output never drifts.
HORIZON = dt.date(2026, 1, 1)
_VIEWINGS_FROM = dt.date(1990, 1, 1)
_ADDED_FROM = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
_IMDB_SPACE = 10_000_000  # tt + 7 digits

# --- word lists ----------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _verb_forms(text: str) -> tuple[tuple[str, str, str], ...]:
    forms = []
    for entry in text.split():
        base, past, ing = entry.split("/")
        forms.append((base, past, ing))
    return tuple(forms)


FIRST_NAMES = _words("""
Aaron Abigail Ada Adrian Agnes Aisha Alan Albert Alejandro Alice Amélie Anders Andrea Angela
Anna Antoine Arthur Astrid Beatrice Ben Bernard Bianca Boris Bruno Camille Carla Carlos
Catherine Cecilia Charlotte Chiara Chloé Clara Claude Colin Dagmar Daniel David Declan Diana
Dmitri Dolores Edith Eduardo Elena Elisabeth Elliot Emil Emma Enzo Erik Esther Eva Felix
Fernando Fiona Frances François Frank Frida Gabriel George Gloria Grace Greta Hana Hannah
Harold Hector Helen Henrik Hugo Ida Ines Ingrid Irene Isaac Ivan Jack Jacques James Jana Javier
Jean Joan Johan Jonas José Julia Julian Karen Karl Kenji Laura Lea Leo Leonard Lila Lina Lucas
Lucía Luis Magda Malik Marcel Margaret Maria Marta Martin Mateo Max Maya Mei Michael Miguel
Mila Miriam Monica Nadia Naomi Nicolas Nils Nina Noah Noël Nora Olga Oliver Omar Oscar Pablo
Paul Paula Pedro Peter Philippe Priya Rafael Rachel Ravi Rebecca René Rita Robert Rosa Ruth
Sam Samuel Sara Sebastian Sergei Simone Sofia Søren Stella Susan Tariq Teresa Thomas Tomás Ursula
Valeria Vera Victor Viktor Walter Wanda Yara Yusuf Zoë
""")

LAST_NAMES = _words("""
Abbott Adler Almeida Andersson Arnaud Bauer Becker Bellamy Bergström Blanco Bogdan Brennan
Brooks Caldwell Campos Carter Castellano Chen Clarke Costa Dąbrowski Dalton Delacroix Dubois
Duarte Eriksen Esposito Falk Fernández Figueroa Fischer Fontaine Forde Fujita Gallagher García
Garnier Gómez Grant Greco Haddad Hale Hansen Hartmann Hayes Herrera Hoffmann Holm Ibáñez Ivanova
Jansen Jiménez Kaplan Keller Kim Klein Kowalski Kraus Lambert Lange Larsen Laurent Lefèvre
Lindqvist Lombardi López Lund MacLeod Maier Marchetti Martínez Mendes Mercier Meyer Molina
Moreau Morgan Müller Murphy Nakamura Navarro Nielsen Novak Nowak Okafor O'Brien Olsen Ortega
Park Patel Peretti Pérez Petrov Quinn Ramírez Reyes Ricci Rivera Romano Rossi Russo Sánchez
Santos Sato Schmidt Schneider Silva Smith Sokolov Stewart Suárez Sullivan Svensson Tanaka
Thompson Torres Vargas Vasquez Vidal Vogel Wagner Walsh Weber Wright Yamamoto Zielinski Zimmermann
Ahmed Barros Cruz Devlin Eklund Ferrante Gallo Holt Ishikawa Jovanović Kerr Leclerc Mancini
Nyberg Otero Pacheco Rinaldi Shaw Thorne Uribe Varga Whitaker Yilmaz Zamora
""")

ADJECTIVES = _words("""
Silent Last Broken Golden Hidden Lost Burning Distant Crimson Empty Endless Fallen Forgotten
Frozen Gentle Hollow Long Midnight Narrow Quiet Restless Scarlet Secret Shattered Silver Small
Strange Sudden Sweet Wild Winter Bitter Blue Dark Electric Final Grey Iron Lonely Lucky Naked
Northern Pale Perfect Private Red Savage Second Southern Stolen Summer Tender Twisted Unknown
Velvet Violent Wandering Yellow Brave Cold Crooked Dangerous Deep Eternal False Fragile Furious
Glass Green Heavy High Holy Invisible Lasting Little Loud Mad Modern Naïve Open Proud Rough
Sacred Sleeping Slow Soft Wicked Young
""")

NOUNS = _words("""
Harbour River Garden Window Mirror Station Bridge Letter Promise Shadow Kingdom Island Desert
Highway Engine Circus Orchard Lighthouse Tower Secret Stranger Witness Widow Hunter Dancer
Soldier Thief Doctor Prince Sister Brother Daughter Father Mother Captain Queen King Rider
Piano Violin Summer Winter Autumn Spring Morning Evening Night Storm Rain Snow Fire Smoke
Dust Stone Glass Silence Echo Dream Memory Heart Voice Road Journey Border Frontier Country
Village City Empire Republic Machine Signal Harvest Wedding Funeral Festival Carnival Game
Bargain Debt Ransom Verdict Confession Alibi Rumour Lesson Reunion Holiday Weekend Affair
Exile Return Escape Arrival Departure Crossing Season Hour Minute Moment Century Decade
Château Café Fiancée Mañana Señor Señora Éclair Crêpe Ballerina Gondola Matador Samurai Nomad
""")

# (base, past, present participle) so one list gives titles and sentences.
VERBS = _verb_forms("""
leave/left/Leaving chase/chased/Chasing find/found/Finding lose/lost/Losing keep/kept/Keeping
hide/hid/Hiding follow/followed/Following forget/forgot/Forgetting remember/remembered/Remembering
steal/stole/Stealing burn/burned/Burning cross/crossed/Crossing bury/buried/Burying
break/broke/Breaking carry/carried/Carrying watch/watched/Watching save/saved/Saving
betray/betrayed/Betraying marry/married/Marrying fight/fought/Fighting sell/sold/Selling
trust/trusted/Trusting hunt/hunted/Hunting wake/woke/Waking
dance/danced/Dancing sing/sang/Singing drive/drove/Driving run/ran/Running
climb/climbed/Climbing build/built/Building defend/defended/Defending
""")

PLACES = (
    "Las Vegas", "Paris", "Lisbon", "Havana", "Berlin", "Vienna", "Istanbul", "Tangier",
    "Marseille", "Naples", "Palermo", "Seville", "Málaga", "Zürich", "Montréal", "Bogotá",
    "Reykjavík", "Kraków", "Prague", "Budapest", "Odessa", "Shanghai", "Kyoto", "Osaka",
    "Mumbai", "Cairo", "Dakar", "Nairobi", "Lagos", "Lima", "Valparaíso", "São Paulo",
    "Buenos Aires", "Manila", "Saigon", "Sydney", "Auckland", "Chicago", "Detroit", "Memphis",
    "New Orleans", "Houston", "Tucson", "Alaska", "Montana", "Nevada", "Brooklyn", "Harlem",
    "Soho", "Montmartre", "Trastevere", "Bavaria", "Provence", "Tuscany", "Andalusia",
    "Patagonia", "the Yukon", "the Sahara", "Sicily", "Brittany", "Cornwall", "Galway",
    "Glasgow", "Dublin", "Belfast", "Oslo", "Bergen", "Stockholm", "Helsinki", "Riga",
)

# Original titles of non-English films, accents and all.
FOREIGN_TITLES = (
    "La Dolce Notte", "Le Café des Amants", "El Señor de la Casa", "Amélie et la Mer",
    "Les Enfants du Port", "Mañana Será Otro Día", "Noël à Paris", "La Vie en Bleu",
    "Der Himmel über Uns", "Das Schöne Leben", "Il Giardino Segreto", "La Strada Lunga",
    "O Último Verão", "Déjà Vu", "Sommaren med Göran", "Ángeles Caídos", "L'Été Dernier",
    "Die Stille Nacht", "La Mémoire du Fleuve", "Cuando Llueve",
)

GENRES = (
    "Drama", "Comedy", "Thriller", "Romance", "Crime", "Horror", "Science Fiction", "Western",
    "Adventure", "Animation", "Documentary", "Fantasy", "Mystery", "War", "Musical", "Family",
    "Biography", "History", "Film Noir", "Sport",
)
# Repeats weight the draw: most films in a collection are in English, from the US.
LANGUAGES = (
    "English", "English", "English", "English", "English", "French", "Spanish", "German",
    "Italian", "Japanese", "Korean", "Mandarin", "Hindi", "Portuguese", "Russian", "Swedish",
    "Danish", "Norwegian", "Polish", "Turkish", "Arabic", "Persian", "Greek", "Czech",
    "Hungarian", "Dutch", "Finnish", "Cantonese", "Hebrew",
)
COUNTRIES = (
    "United States", "United States", "United States", "United Kingdom", "France", "Germany",
    "Italy", "Spain", "Japan", "South Korea", "China", "India", "Brazil", "Argentina", "Mexico",
    "Canada", "Australia", "Sweden", "Denmark", "Norway", "Poland", "Turkey", "Iran", "Egypt",
    "Greece", "Czechia", "Hungary", "Netherlands", "Belgium", "Ireland", "Finland", "Portugal",
    "Russia", "New Zealand", "Chile", "Colombia", "Nigeria", "Senegal", "Côte d'Ivoire",
)
TAGS = (
    "favourite", "to watch", "watchlist", "to rewatch", "own on blu-ray", "own on dvd",
    "criterion", "film club", "classic", "hard watch", "cult", "comfort film", "date night",
    "family night", "slow burn", "masterpiece", "overrated", "underrated", "guilty pleasure",
    "festival find", "director's cut", "subtitled", "black and white", "silent", "restored",
    "4k", "borrowed", "streaming", "cinema trip", "rainy day", "great soundtrack",
    "twist ending", "based on a book", "remake", "true story", "debut", "late night",
    "christmas", "summer", "noir",
)
CERTIFICATIONS = ("G", "PG", "PG-13", "R", "R", "NC-17", "U", "12A", "15", "18", "")
CREW_JOBS = (
    "Screenplay", "Director of Photography", "Editor", "Producer", "Original Music",
    "Production Design", "Costume Design", "Casting",
)
MINOR_ROLES = (
    "Bartender", "Nurse", "Taxi Driver", "Receptionist", "Police Officer", "Landlady", "Priest",
    "Waitress", "Guard", "Neighbour", "Doctor", "Journalist", "Singer", "Clerk", "Pilot",
)
STUDIOS = (
    "Northern Star Pictures", "Golden Gate Films", "Silver Fox Studios", "Blue Crow Films",
    "Iron Lion Pictures", "Lumière Field Films", "Velvet Moon Studios", "Quiet River Pictures",
    "Crimson Bridge Films", "Harbour Reel Media", "Lantern Frame Productions", "Atlas Pictures",
)
THEMES = _words("""
Grief Ambition Loyalty Betrayal Redemption Addiction Memory Exile Class Faith Jealousy Revenge
Friendship Family Identity Obsession Freedom Guilt Loneliness Survival Power Innocence
""")
SETTINGS = (
    "a small apartment", "a roadside motel", "the old harbour", "a mountain village",
    "a crowded night train", "a boarding school", "a run-down casino", "the family farm",
    "a border town", "an island lighthouse", "a seaside hotel", "a factory floor",
    "a military camp", "a jazz club", "a country house", "a newsroom",
)
# A film's timeline counts in one unit throughout; "" counts in years from its release.
MARKERS = ("Day", "Act", "Chapter", "", "Week", "Night", "Part")

# Sentence frames: {h}/{o} are the film's two leads and {p} its main place; the word slots
# in angle brackets are filled once, when the bank of sentences is built.
FRAMES = (
    "{h} <past> the <adj> <noun> in {p}.",
    "After years away, {h} returns to {p} to <base> the <noun>.",
    "When {o} <past> a <adj> <noun>, {h} has to decide what to <base>.",
    "Nobody in {p} knows that {h} once <past> the <noun> of a <adj> <noun>.",
    "{h} and {o} <past> together through a <adj> <noun>, neither willing to <base> first.",
    "A <adj> <noun> arrives in {p} and nothing stays the same for {h}.",
    "{o} tries to <base> the <noun>, but {h} is always one step ahead.",
    "Between the <noun> and the <noun>, {h} learns how to <base> again.",
    "The <adj> <noun> that {o} <past> turns out to belong to {h}.",
    "{h} <past> a <noun> with {o}, and the price is a <adj> <noun>.",
    "In the <adj> <noun> of {p}, {o} finally tells {h} the truth about the <noun>.",
    "Each <noun> brings {h} closer to the <adj> <noun> {o} has been hiding.",
    "{h} cannot <base> the <noun>, so {o} <past> it instead.",
    "A <adj> night in {p} ends with {h} <ing> the <noun> alone.",
    "By the time {o} <past> the <noun>, {h} has already left {p}.",
    "{h} spends the <adj> <noun> <ing> {p} in search of a <noun>.",
)
PERSON_FRAMES = (
    "A <adj> <noun> who would rather <base> than admit a mistake.",
    "Once a <noun>, now a <adj> <noun> with nothing left to <base>.",
    "Quiet and <adj>, with a talent for <ing> every <noun> in the room.",
    "The <adj> heart of the story, who <past> the <noun> long ago.",
    "Charming, <adj> and never far from a <noun>.",
    "A <noun> from {p} who knows exactly how to <base> a <noun>.",
)
PLACE_FRAMES = (
    "Where {h} first <past> the <noun>; <adj> by day and <adj> by night.",
    "A <adj> corner of the world that {o} cannot leave behind.",
    "The film returns here whenever {h} needs to <base> something.",
    "Shot in <adj> light, it feels like a <noun> nobody remembers.",
)
THEME_FRAMES = (
    "How far {h} will go to <base> the <noun>.",
    "What a <adj> <noun> costs {o}, and who pays for it.",
    "The film asks whether anyone can <base> a <noun> and stay <adj>.",
    "{h} and {o} <ing> the same <noun> from opposite sides.",
)
_BANK_SIZE = 4096


# --- helpers -------------------------------------------------------------------------------


def _fill(frame: str, rng: Random) -> str:
    """Replace the word slots of ``frame`` with random words, keeping {h}/{o}/{p}."""
    slots: dict[str, Callable[[], str]] = {
        "<adj>": lambda: ADJECTIVES[int(rng.random() * len(ADJECTIVES))].lower(),
        "<noun>": lambda: NOUNS[int(rng.random() * len(NOUNS))].lower(),
        "<base>": lambda: VERBS[int(rng.random() * len(VERBS))][0],
        "<past>": lambda: VERBS[int(rng.random() * len(VERBS))][1],
        "<ing>": lambda: VERBS[int(rng.random() * len(VERBS))][2].lower(),
    }
    out = frame
    for slot, pick in slots.items():
        while slot in out:
            out = out.replace(slot, pick(), 1)
    return _AN.sub(r"\1n \2", out)


_AN = re.compile(r"\b([Aa]) ([aeiouéAEIOUÉ])")


def _bank(frames: Sequence[str], rng: Random, size: int = _BANK_SIZE) -> list[str]:
    return [_fill(frames[i % len(frames)], rng) for i in range(size)]


def _pool_of_people(rng: Random) -> list[str]:
    """``PEOPLE`` distinct names (distinct after folding too, so no two share one row)."""
    pairs = list(itertools.product(FIRST_NAMES, LAST_NAMES))
    rng.shuffle(pairs)
    names: list[str] = []
    seen: set[str] = set()
    for first, last in pairs:
        name = f"{first} {last}"
        key = fold(name)
        if key not in seen:
            seen.add(key)
            names.append(name)
            if len(names) == PEOPLE:
                break
    return names


def _coprime_step(rng: Random) -> int:
    # A step that is neither even nor a multiple of 5 is coprime with 10^7, so
    # (start + i * step) mod 10^7 visits each 7-digit number once: unique ids, no memory.
    while True:
        step = rng.randrange(1_000_003, _IMDB_SPACE)
        if step % 2 and step % 5:
            return step


class _Generator:
    """Holds the shared pools and the one ``Random``; ``film(i)`` makes the i-th film."""

    def __init__(self, seed: int) -> None:
        rng = Random(seed)
        self._rng = rng
        self._random: Callable[[], float] = rng.random
        people = _pool_of_people(rng)
        # Weight of rank r falls off like 1/(r + 200): at 100k films the busiest actor is
        # in about 1% of them and the median person in a couple of dozen.
        self._cum = list(itertools.accumulate(1 / (rank + 200) for rank in range(len(people))))
        # One spare copy of the last name covers bisect landing on len() by rounding.
        self._people = [*people, people[-1]]
        self._characters = [
            f"{FIRST_NAMES[int(rng.random() * len(FIRST_NAMES))]} "
            f"{LAST_NAMES[int(rng.random() * len(LAST_NAMES))]}"
            for _ in range(_BANK_SIZE)
        ]
        self._frames = _bank(FRAMES, rng)
        self._person_notes = _bank(PERSON_FRAMES, rng, 1024)
        self._place_notes = _bank(PLACE_FRAMES, rng, 1024)
        self._theme_notes = _bank(THEME_FRAMES, rng, 1024)
        self._imdb_step = _coprime_step(rng)
        self._imdb_start = rng.randrange(_IMDB_SPACE)
        self._earlier: list[tuple[str, int, str]] = []  # (title, year, uuid) so far

    # --- small draws -----------------------------------------------------------------------

    def _pick(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def _between(self, low: int, high: int) -> int:
        """A whole number in [low, high], both included."""
        return low + int(self._random() * (high - low + 1))

    def _distinct(self, items: Sequence[T], count: int) -> tuple[T, ...]:
        """Up to ``count`` different items (a repeated draw is dropped, not redrawn)."""
        random, size = self._random, len(items)
        if count == 1:
            return (items[int(random() * size)],)
        return tuple(dict.fromkeys([items[int(random() * size)] for _ in range(count)]))

    def _people_for(self, count: int) -> list[str]:
        random, cum, people, total = self._random, self._cum, self._people, self._cum[-1]
        bisect_right = bisect.bisect_right
        drawn = [people[bisect_right(cum, random() * total)] for _ in range(count)]
        return list(dict.fromkeys(drawn))

    def _sentences(self, bank: list[str], count: int) -> list[str]:
        random, size = self._random, len(bank)
        return [bank[int(random() * size)] for _ in range(count)]

    def _title(self) -> str:
        adj, noun = self._pick(ADJECTIVES), self._pick(NOUNS)
        form = int(self._random() * 12)
        if form == 0:
            return f"The {adj} {noun}"
        if form == 1:
            return f"{self._pick(VERBS)[2]} {self._pick(PLACES)}"
        if form == 2:
            return f"A {noun} in {self._pick(PLACES)}"
        if form == 3:
            return f"{noun} of the {self._pick(NOUNS)}"
        if form == 4:
            return f"{self._pick(FIRST_NAMES)}'s {noun}"
        if form == 5:
            return f"The {noun} of {self._pick(PLACES)}"
        if form == 6:
            return f"{noun} and {self._pick(NOUNS)}"
        if form == 7:
            return f"{adj} {noun}"
        if form == 8:
            return f"The {noun}"
        if form == 9:
            return f"{self._pick(VERBS)[2]} the {noun}"
        if form == 10:
            return f"A {adj} {noun}"
        return f"{adj} {self._pick(PLACES)}"

    def _day(self, first: int, last: int) -> dt.date:
        """A day between two proleptic ordinals, ``last`` excluded."""
        return dt.date.fromordinal(first + int(self._random() * max(1, last - first)))

    # --- one film --------------------------------------------------------------------------

    def film(self, index: int) -> FilmRecord:
        rng, random, pick, between = self._rng, self._random, self._pick, self._between
        film_uuid = str(uuid_module.UUID(int=rng.getrandbits(128), version=4))
        title = self._title()
        year = between(FIRST_YEAR, LAST_YEAR)
        languages = self._distinct(LANGUAGES, 1 if random() < 0.7 else 2)
        foreign = languages[0] != "English" and random() < 0.4
        place = pick(PLACES)

        cast_people = self._people_for(between(8, 12))
        directors = tuple(self._people_for(2 if random() < 0.08 else 1))
        leads = min(between(3, 5), len(cast_people))
        names = [pick(self._characters) for _ in range(leads)]
        events = between(4, 8)
        themes = self._distinct(THEMES, between(1, 3))
        places = (place, *self._distinct(SETTINGS, between(0, 2)))
        has_post_credits, has_notes = random() < 0.1, random() < 0.15

        # Every text of the film in one block, one line each, filled in by a single format
        # call: the per-sentence format calls were most of the generator's time.
        sentences = self._sentences
        lines = [
            " ".join(sentences(self._frames, 3)),  # synopsis
            " ".join(sentences(self._frames, 12)),  # plot
            " ".join(sentences(self._frames, 4)),  # ending
            " ".join(sentences(self._frames, 1 if has_post_credits else 0)),
            " ".join(sentences(self._frames, 1 if has_notes else 0)),
            *sentences(self._frames, events),
            *sentences(self._person_notes, leads),
            *sentences(self._place_notes, len(places)),
            *sentences(self._theme_notes, len(themes)),
        ]
        hero = names[0].partition(" ")[0]
        other = names[1].partition(" ")[0] if leads > 1 else hero  # a one-person cast
        texts = iter("\n".join(lines).format(h=hero, o=other, p=place).split("\n"))
        synopsis, plot, ending, post_credits, notes = (next(texts) for _ in range(5))

        unit = pick(MARKERS)
        timeline = tuple(
            TimelineEvent(
                next(texts),
                f"{unit} {i + 1}" if unit else str(year + i // 3),
                random() < i / events,  # later events give more away
            )
            for i in range(events)
        )
        characters = tuple(
            Character(names[i], cast_people[i], next(texts), random() < 0.2) for i in range(leads)
        )
        settings = tuple(NamedNote(name, next(texts)) for name in places)
        theme_notes = tuple(NamedNote(name, next(texts)) for name in themes)
        cast = tuple(
            CastCredit(person, names[i] if i < leads else pick(MINOR_ROLES))
            for i, person in enumerate(cast_people)
        )
        crew_jobs = self._distinct(CREW_JOBS, 4)[: between(3, 4)]
        crew = tuple(CrewCredit(person, job) for person, job in zip(
            self._people_for(len(crew_jobs)), crew_jobs, strict=False
        ))

        budget = None if random() < 0.3 else int(10 ** (5 + random() * 3.5)) // 1000 * 1000
        gross = None if budget is None or random() < 0.2 else int(budget * random() * 6)
        release = self._day(dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal())
        rating = None if random() < 0.35 else between(1, 10) / 2
        watched = rating is not None or random() < 0.25
        viewings: tuple[dt.date, ...] = ()
        if watched:
            first = max(release, _VIEWINGS_FROM).toordinal()
            days = {self._day(first, HORIZON.toordinal()) for _ in range(between(0, 3))}
            viewings = tuple(sorted(days))
        added_at = _ADDED_FROM + dt.timedelta(minutes=25 * index + int(random() * 25))
        imdb = f"tt{(self._imdb_start + index * self._imdb_step) % _IMDB_SPACE:07d}"

        earlier = self._earlier
        similar: tuple[SimilarFilm, ...] = ()
        if earlier:
            picks = dict.fromkeys(int(random() * len(earlier)) for _ in range(between(2, 3)))
            similar = tuple(
                SimilarFilm(earlier[i][0], earlier[i][1], film_uuid=earlier[i][2]) for i in picks
            )
        earlier.append((title, year, film_uuid))

        return FilmRecord(
            title=title,
            uuid=film_uuid,
            original_title=pick(FOREIGN_TITLES) if foreign else "",
            year=year,
            runtime=min(200, int(70 + random() * 60 + random() * random() * 71)),
            certification=pick(CERTIFICATIONS),
            languages=languages,
            directors=directors,
            genres=self._distinct(GENRES, between(1, 3)),
            countries=self._distinct(COUNTRIES, 1 if random() < 0.75 else 2),
            synopsis=synopsis,
            plot=plot,
            ending=ending,
            timeline=timeline,
            characters=characters,
            settings=settings,
            themes=theme_notes,
            cast=cast,
            crew=crew,
            budget=budget,
            gross=gross,
            currency="USD" if random() < 0.85 else pick(("EUR", "GBP", "JPY")),
            studios=self._distinct(STUDIOS, between(1, 2)),
            filming_locations=self._distinct(PLACES, between(0, 2)),
            release_date=release,
            post_credits=post_credits,
            links=(Link("IMDb", f"https://www.imdb.com/title/{imdb}/"),),
            imdb_id=imdb,
            tmdb_id=str(between(1, 999_999)) if random() < 0.8 else "",
            similar=similar,
            rating=rating,
            watched=watched,
            viewings=viewings,
            tags=self._distinct(TAGS, between(0, 3)) if random() < 0.85 else (),
            notes=notes,
            added_at=added_at,
            updated_at=added_at + dt.timedelta(days=int(random() * 30)),
        )


def generate_films(count: int, *, seed: int = 1995) -> Iterator[FilmRecord]:
    """Yield ``count`` invented films; the same ``seed`` always yields the same films.

    Films are made lazily, so 100,000 of them can stream into ``add_films`` without all
    being held at once. Similar films always point at films generated earlier in the same
    run, by title, year and uuid.

    Args:
        count: How many films to make (at most ten million, the 7-digit IMDb id space).
        seed: Seed of the one random generator everything is drawn from.

    Raises:
        ValueError: If ``count`` is negative or larger than the id space.
    """
    if not 0 <= count <= _IMDB_SPACE:
        raise ValueError(f"count must be between 0 and {_IMDB_SPACE:,}, not {count}")
    generator = _Generator(seed)
    for index in range(count):
        yield generator.film(index)


__all__ = ["generate_films"]
