# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail pane: one film laid out for reading, in six tabs that mirror a film page.

Overview · Plot · Timeline · Characters & Themes · More · Similar. Each tab is rebuilt
from a ``FilmRecord`` when the selection changes (a few dozen labels: well under the
30 ms budget). Spoiler sections are wrapped in ``SpoilerSection`` and blurred on demand.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filmdesk.catalogue.dto import Backlink, FilmRecord, FilmRow
from filmdesk.ui.models.columns import runtime_long, stars_text
from filmdesk.ui.placeholder_posters import placeholder_poster
from filmdesk.ui.widgets.poster_well import scaled_image
from filmdesk.ui.widgets.spoiler_blur import SpoilerSection

READING_WIDTH = 760  # px: about 80–90 characters a line at the body size
POSTER_WIDTH = 220
CARD_POSTER = QSize(54, 80)  # a similar film's poster, beside its card's text
CARDS_SHOWN = 24  # cards per section of the Similar tab; the rest are counted
# Film ids -> their list rows and poster thumbnails (the window reads them from the service).
FilmCards = Callable[[Sequence[int]], tuple[dict[int, FilmRow], dict[int, bytes]]]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    # Qt's rich text does not inherit line-height, so each paragraph carries it.
    return "".join(
        f"<p style='margin:0 0 10px 0; line-height:145%'>{_esc(p).replace(chr(10), '<br>')}</p>"
        for p in parts
    )


def money(amount: int | None, currency: str) -> str:
    if amount is None:
        return ""
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(currency)
    for limit, suffix in ((1_000_000_000, " billion"), (1_000_000, " million")):
        if amount >= limit:
            value = f"{amount / limit:.1f}".rstrip("0").rstrip(".")
            return f"{symbol}{value}{suffix}" if symbol else f"{value}{suffix} {currency}"
    return f"{symbol}{amount:,}" if symbol else f"{amount:,} {currency}"


class _Page(QScrollArea):
    """A scrollable reading column of limited width, centred in the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QWidget()
        outer.setObjectName("detailPage")
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 20, 24, 24)
        self.column = QWidget()
        self.column.setMaximumWidth(READING_WIDTH)
        self.layout_ = QVBoxLayout(self.column)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        self.setWidget(outer)

    def clear(self) -> None:
        while (item := self.layout_.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.verticalScrollBar().setValue(0)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        # A page built while on screen would otherwise show its new widgets only on the
        # next pass of the event loop.
        widget.show()
        return widget

    def finish(self) -> None:
        self.layout_.addStretch(1)


class PosterDropLabel(QLabel):
    """The film page's poster: drop an image file or image data on it to replace it."""

    dropped = Signal(bytes, str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("Drop an image here to use it as the poster"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from filmdesk.errors import ImageError
        from filmdesk.ui.widgets.poster_well import image_bytes_from_mime

        try:
            found = image_bytes_from_mime(event.mimeData())
        except ImageError as exc:
            self.failed.emit(str(exc))
            return
        if found is not None:
            event.acceptProposedAction()
            self.dropped.emit(*found)


class FilmDetailWidget(QWidget):
    """Shows one film; emits requests, never writes to the catalogue itself."""

    poster_dropped = Signal(bytes, str)
    poster_failed = Signal(str)  # a dropped file could not be read
    film_link_activated = Signal(int)
    add_similar_requested = Signal(str, object)  # title, year or None
    spoiler_revealed = Signal(str)
    edit_requested = Signal()

    TAB_NAMES = ("overview", "plot", "timeline", "characters", "more", "similar")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmDetail")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._pages = [_Page() for _ in self.TAB_NAMES]
        titles = (
            self.tr("Overview"),
            self.tr("Plot"),
            self.tr("Timeline"),
            self.tr("Characters && Themes"),
            self.tr("More"),
            self.tr("Similar"),
        )
        for page, title in zip(self._pages, titles, strict=True):
            self.tabs.addTab(page, title)  # "&&" shows a literal ampersand
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.film: FilmRecord | None = None
        self._poster_cache: tuple[float, bytes, QPixmap] | None = None
        self._sections: dict[str, SpoilerSection] = {}
        self._backlinks: Sequence[Backlink] = ()
        self._card_source: FilmCards | None = None
        # Tabs still to be built for the current film: only the visible one is built at
        # once, the others when they are first shown (selection stays well under 30 ms).
        self._pending: set[int] = set()
        self._hide_spoilers = False
        self._revealed: set[str] = set()
        self.tabs.currentChanged.connect(self._build_tab)
        self.show_message(self.tr("Select a film to see its page."))

    @property
    def pages(self) -> list[_Page]:
        """Every tab's page, complete (builds tabs not shown yet)."""
        self._build_all()
        return self._pages

    @property
    def spoiler_sections(self) -> dict[str, SpoilerSection]:
        """Every spoiler section of the film (builds tabs not shown yet)."""
        self._build_all()
        return self._sections

    # --- public --------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """No film selected: a friendly line on every tab instead of a blank pane."""
        self.film = None
        self._sections = {}
        self._pending = set()
        self.tabs.tabBar().hide()  # six tabs of one sentence would promise a page that is not there
        for page in self._pages:
            page.clear()
            page.add(self._muted(text))
            page.finish()

    def show_film(
        self,
        film: FilmRecord,
        *,
        backlinks: Sequence[Backlink] = (),
        hide_spoilers: bool = False,
        revealed: set[str] | None = None,
    ) -> None:
        self.film = film
        self.tabs.tabBar().show()
        self._hide_spoilers = hide_spoilers
        self._revealed = set(revealed or ())
        self._backlinks = backlinks
        self._sections = {}
        self._pending = set(range(len(self._pages)))
        self._build_tab(self.tabs.currentIndex())

    def _build_tab(self, index: int) -> None:
        if index not in self._pending or self.film is None:
            return
        self._pending.discard(index)
        builders = (
            self._build_overview,
            self._build_plot,
            self._build_timeline,
            self._build_characters,
            self._build_more,
            lambda film: self._build_similar(film, self._backlinks),
        )
        before = set(self._sections)
        builders[index](self.film)
        for key in set(self._sections) - before:
            self._sections[key].set_hidden(self._hide_spoilers and key not in self._revealed)

    def _build_all(self) -> None:
        for index in sorted(self._pending):
            self._build_tab(index)

    def set_spoilers_hidden(self, hidden: bool) -> None:
        self._hide_spoilers = hidden
        if not hidden:
            self._revealed.clear()
        self._apply_spoilers()

    def spoilers_hidden(self) -> bool:
        return self._hide_spoilers

    def hidden_sections(self) -> list[str]:
        return [key for key, section in self.spoiler_sections.items() if section.is_hidden()]

    # --- building blocks -----------------------------------------------------------------------

    def _muted_color(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _label(self, html_text: str, *, selectable: bool = True) -> QLabel:
        label = QLabel(html_text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._on_link)
        return label

    def _body(self, text: str) -> QLabel:
        label = self._label(_paragraphs(text))
        label.setObjectName("bodyText")
        return label

    def _muted(self, text: str) -> QLabel:
        label = self._label(f"<span style='color:{self._muted_color()}'>{_esc(text)}</span>")
        label.setObjectName("mutedText")
        return label

    def _heading(self, text: str, level: int = 2) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"heading{level}")
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * (1.9 if level == 1 else 1.25))
        font.setWeight(QFont.Weight.Bold if level == 1 else QFont.Weight.DemiBold)
        label.setFont(font)
        label.setWordWrap(True)
        if level > 1:
            label.setContentsMargins(0, 14, 0, 2)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _empty(self, what: str) -> QLabel:
        text = _esc(self.tr("No %1 yet — ").replace("%1", what))
        edit, to_add = self.tr("Edit"), self.tr("to add one.")
        return self._label(
            f"<span style='color:{self._muted_color()}'>{text}"
            f"<a href='edit'>{_esc(edit)}</a> {_esc(to_add)}</span>"
        )

    def _spoiler(self, key: str, widget: QWidget) -> SpoilerSection:
        section = SpoilerSection(key, widget)
        section.revealed.connect(self._on_revealed)
        self._sections[key] = section
        return section

    def _apply_spoilers(self) -> None:
        for key, section in self._sections.items():
            section.set_hidden(self._hide_spoilers and key not in self._revealed)

    def _on_revealed(self, key: str) -> None:
        self._revealed.add(key)
        self.spoiler_revealed.emit(key)

    def _on_link(self, link: str) -> None:
        if link.startswith("film:"):
            self.film_link_activated.emit(int(link[5:]))
        elif link == "edit":
            self.edit_requested.emit()
        else:
            QDesktopServices.openUrl(QUrl(link))

    def _chips(self, values: Sequence[str]) -> str:
        base = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(base)
        tint.setAlpha(40)
        background = f"rgba({tint.red()},{tint.green()},{tint.blue()},0.16)"
        return "&nbsp; ".join(
            f"<span style='background:{background}; padding:2px 8px;'>&nbsp;{_esc(v)}&nbsp;</span>"
            for v in values
        )

    # --- tabs ----------------------------------------------------------------------------------

    def _build_overview(self, film: FilmRecord) -> None:
        page = self._pages[0]
        page.clear()
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(22)
        self.poster_label = PosterDropLabel()
        self.poster_label.dropped.connect(self.poster_dropped)
        self.poster_label.failed.connect(self.poster_failed)
        self.poster_label.setObjectName("posterLabel")
        self.poster_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.poster_label.setPixmap(self._poster_pixmap(film))
        row.addWidget(self.poster_label, 0, Qt.AlignmentFlag.AlignTop)

        facts = QWidget()
        column = QVBoxLayout(facts)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        title = self._heading(film.title + (f"  ({film.year})" if film.year else ""), 1)
        title.setObjectName("filmTitle")
        column.addWidget(title)
        if film.original_title and film.original_title != film.title:
            column.addWidget(self._muted(film.original_title))
        meta = " · ".join(
            p
            for p in (runtime_long(film.runtime), ", ".join(film.languages), film.certification)
            if p
        )
        if meta:
            column.addWidget(self._label(f"<span style='font-size:large'>{_esc(meta)}</span>"))
        muted = self._muted_color()
        directed_by = self.tr("Directed by")
        if film.directors:
            column.addWidget(
                self._label(
                    f"<span style='color:{muted}'>{directed_by}</span> "
                    f"<b>{_esc(', '.join(film.directors))}</b>"
                )
            )
        if film.genres:
            column.addWidget(self._label(self._chips(film.genres)))
        mine = []
        if film.rating is not None:
            mine.append(
                f"<span style='font-size:x-large; color:#e0a100'>{stars_text(film.rating)}</span>"
            )
        else:
            not_rated = self.tr("Not rated")
            mine.append(f"<span style='color:{muted}'>{not_rated}</span>")
        if film.watched:
            times = len(film.viewings)
            when = {0: self.tr("Watched"), 1: self.tr("Watched once")}.get(
                times, self.tr("Watched %1 times").replace("%1", str(times))
            )
            if film.viewings:
                when += " · " + self.tr("last on %1").replace("%1", max(film.viewings).isoformat())
            mine.append(f"<b>✓ {_esc(when)}</b>")
        else:
            not_watched = self.tr("Not watched yet")
            mine.append(f"<span style='color:{muted}'>{not_watched}</span>")
        column.addWidget(self._label("&nbsp;&nbsp;&nbsp;".join(mine)))
        column.addStretch(1)
        row.addWidget(facts, 1)
        page.add(top)

        page.add(self._heading(self.tr("Synopsis")))
        page.add(
            self._body(film.synopsis) if film.synopsis.strip() else self._empty(self.tr("synopsis"))
        )
        if film.tags:
            page.add(self._heading(self.tr("Tags")))
            page.add(self._label(self._chips(film.tags)))
        if film.notes.strip():
            page.add(self._heading(self.tr("My notes")))
            page.add(self._body(film.notes))
        page.finish()

    def _poster_pixmap(self, film: FilmRecord) -> QPixmap:
        ratio = self.devicePixelRatioF() or 1.0
        size = QSize(POSTER_WIDTH, int(POSTER_WIDTH * 1.5))
        if film.poster is not None:
            # The page is rebuilt after every change to the film; decode the poster only
            # when it is another one.
            cached = self._poster_cache
            if cached is not None and cached[0] == ratio and cached[1] == film.poster.image:
                return cached[2]
            image = scaled_image(size * ratio, film.poster.image)
            if not image.isNull():
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                self._poster_cache = (ratio, film.poster.image, pixmap)
                return pixmap
        return placeholder_poster(film.title, film.year, size, ratio, self.palette())

    def _build_plot(self, film: FilmRecord) -> None:
        page = self._pages[1]
        page.clear()
        page.add(self._heading(self.tr("Full plot")))
        if film.plot.strip():
            page.add(self._spoiler("plot", self._body(film.plot)))
        else:
            page.add(self._empty(self.tr("plot summary")))
        page.add(self._heading(self.tr("Ending explained")))
        if film.ending.strip():
            page.add(self._spoiler("ending", self._body(film.ending)))
        else:
            page.add(self._empty(self.tr("ending explained")))
        page.finish()

    def _build_timeline(self, film: FilmRecord) -> None:
        page = self._pages[2]
        page.clear()
        page.add(self._heading(self.tr("Timeline")))
        if not film.timeline:
            page.add(self._empty(self.tr("timeline")))
        # Consecutive spoiler events share one veil: one click reveals that stretch.
        number = 0
        events = film.timeline
        while number < len(events):
            if not events[number].spoiler:
                page.add(self._timeline_row(number, events[number].marker, events[number].text))
                number += 1
                continue
            first = number
            group = QWidget()
            rows = QVBoxLayout(group)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(0)
            while number < len(events) and events[number].spoiler:
                rows.addWidget(self._timeline_row(number, events[number].marker,
                                                  events[number].text))
                number += 1
            page.add(self._spoiler(f"timeline:{first}", group))
        page.finish()

    def _timeline_row(self, number: int, marker_text: str, text: str) -> QWidget:
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        item = QWidget()
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(14)
        marker = QLabel(
            f"<span style='color:{accent}; font-weight:600'>"
            f"{_esc(marker_text or str(number + 1))}</span>"
        )
        marker.setFixedWidth(110)
        marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        marker.setWordWrap(True)
        row.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._body(text), 1)
        return item

    def _build_characters(self, film: FilmRecord) -> None:
        page = self._pages[3]
        page.clear()
        page.add(self._heading(self.tr("Characters")))
        if not film.characters:
            page.add(self._empty(self.tr("characters")))
        muted = self._muted_color()
        played_by = self.tr("played by")
        for number, person in enumerate(film.characters):
            played = (
                f" <span style='color:{muted}'>— {played_by} {_esc(person.played_by)}</span>"
                if person.played_by
                else ""
            )
            page.add(self._label(f"<b style='font-size:large'>{_esc(person.name)}</b>{played}"))
            if person.description.strip():
                body = self._body(person.description)
                page.add(self._spoiler(f"character:{number}", body) if person.spoiler else body)
        # Headings and the words in "No … yet" are separate strings: German nouns keep
        # their capitals, so lower-casing a heading would be wrong there.
        for title, what, items in (
            (self.tr("Settings"), self.tr("settings"), film.settings),
            (self.tr("Themes"), self.tr("themes"), film.themes),
        ):
            page.add(self._heading(title))
            if not items:
                page.add(self._empty(what))
            for note in items:
                text = f"<b>{_esc(note.name)}</b>"
                if note.description:
                    text += f"<br><span style='line-height:140%'>{_esc(note.description)}</span>"
                page.add(self._label(text))
        page.finish()

    def _build_more(self, film: FilmRecord) -> None:
        page = self._pages[4]
        page.clear()
        page.add(self._heading(self.tr("Cast")))
        if film.cast:
            page.add(self._table([(c.person, c.character) for c in film.cast]))
        else:
            page.add(self._empty(self.tr("cast")))
        page.add(self._heading(self.tr("Crew")))
        crew = [(d, self.tr("Director")) for d in film.directors]
        crew += [(c.person, c.job) for c in film.crew]
        page.add(self._table(crew) if crew else self._empty(self.tr("crew")))

        page.add(self._heading(self.tr("Box office")))
        box = []
        if film.budget is not None:
            box.append((self.tr("Budget"), money(film.budget, film.currency)))
        if film.gross is not None:
            box.append((self.tr("Gross"), money(film.gross, film.currency)))
        page.add(self._table(box, bold_first=True) if box else self._empty(self.tr("box office")))

        page.add(self._heading(self.tr("Production")))
        production = []
        if film.studios:
            production.append((self.tr("Studios"), ", ".join(film.studios)))
        if film.filming_locations:
            production.append((self.tr("Filmed in"), ", ".join(film.filming_locations)))
        if film.release_date:
            production.append((self.tr("Released"), film.release_date.strftime("%-d %B %Y")))
        if film.countries:
            production.append((self.tr("Countries"), ", ".join(film.countries)))
        page.add(
            self._table(production, bold_first=True)
            if production
            else self._empty(self.tr("production details"))
        )

        page.add(self._heading(self.tr("Post-credit scenes")))
        if film.post_credits.strip():
            page.add(self._spoiler("post_credits", self._body(film.post_credits)))
        else:
            page.add(self._muted(self.tr("Nothing after the credits is recorded.")))

        page.add(self._heading(self.tr("Links")))
        links = [(link.label, link.url) for link in film.links]
        if film.imdb_id and not any("imdb.com" in url for _, url in links):
            links.append(("IMDb", f"https://www.imdb.com/title/{film.imdb_id}/"))
        if film.tmdb_id:
            links.append(("TMDb", f"https://www.themoviedb.org/movie/{film.tmdb_id}"))
        if links:
            page.add(
                self._label(
                    "<br>".join(
                        f"<a href='{_esc(url)}'>{_esc(label)}</a> "
                        f"<span style='color:{self._muted_color()}'>{_esc(url)}</span>"
                        for label, url in links
                    )
                )
            )
        else:
            page.add(self._empty(self.tr("links")))
        page.finish()

    def _table(self, pairs: Sequence[tuple[str, str]], *, bold_first: bool = False) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(3)
        muted = self._muted_color()
        for row, (left, right) in enumerate(pairs):
            first = QLabel(f"<b>{_esc(left)}</b>" if bold_first or not right else _esc(left))
            first.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            second = QLabel(f"<span style='color:{muted}'>{_esc(right)}</span>")
            second.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            second.setWordWrap(True)
            grid.addWidget(first, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(second, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        return box

    def set_card_source(self, source: FilmCards | None) -> None:
        """Where the Similar tab reads the list rows and thumbnails of the films it shows."""
        self._card_source = source

    def _build_similar(self, film: FilmRecord, backlinks: Sequence[Backlink]) -> None:
        page = self._pages[5]
        page.clear()
        page.add(self._heading(self.tr("Similar films")))
        # A film many others point at would otherwise build hundreds of cards per selection.
        similar_shown, backlinks_shown = film.similar[:CARDS_SHOWN], backlinks[:CARDS_SHOWN]
        ids = [s.film_id for s in similar_shown if s.film_id is not None]
        ids += [link.film_id for link in backlinks_shown]
        rows: dict[int, FilmRow] = {}
        thumbnails: dict[int, bytes] = {}
        if ids and self._card_source is not None:
            rows, thumbnails = self._card_source(ids)
        if not film.similar:
            page.add(self._empty(self.tr("similar films")))
        cards = []
        for number, similar in enumerate(similar_shown):
            if similar.film_id is not None:
                cards.append(self._film_card(similar.film_id, similar.title, similar.year,
                                             rows.get(similar.film_id), thumbnails))
            else:
                cards.append(self._missing_card(number, similar.title, similar.year))
        if cards:
            page.add(self._card_grid(cards))
            self._more_cards(page, len(film.similar))
        if backlinks:
            page.add(self._heading(self.tr("Films that list this one as similar")))
            page.add(self._card_grid([
                self._film_card(link.film_id, link.title, link.year, rows.get(link.film_id),
                                thumbnails)
                for link in backlinks_shown
            ]))
            self._more_cards(page, len(backlinks))
        page.finish()

    def _more_cards(self, page: _Page, total: int) -> None:
        if total > CARDS_SHOWN:
            page.add(self._muted(
                self.tr("… and %1 more").replace("%1", f"{total - CARDS_SHOWN:,}")
            ))

    def _card_grid(self, cards: Sequence[QWidget]) -> QWidget:
        """Cards two to a row: a reading column is wide enough, and a shelf reads as one."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(8)
        for position, card in enumerate(cards):
            grid.addWidget(card, position // 2, position % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _card_poster(self, title: str, year: int | None, thumbnail: bytes | None) -> QLabel:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap()
        if thumbnail is not None and pixmap.loadFromData(thumbnail):
            pixmap = pixmap.scaled(
                CARD_POSTER * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap.setDevicePixelRatio(ratio)
        else:  # no poster, or one that will not decode: the same stand-in the list draws
            pixmap = placeholder_poster(title, year, CARD_POSTER, ratio, self.palette())
        label = QLabel()
        label.setPixmap(pixmap)
        label.setFixedSize(CARD_POSTER)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        return label

    def _film_card(
        self, film_id: int, title: str, year: int | None, row: FilmRow | None,
        thumbnails: dict[int, bytes],
    ) -> QWidget:
        """A catalogue film: poster, title (a link), who made it, what it is, my rating."""
        year_text = f" ({year})" if year else ""
        lines = [self._label(
            f"<a href='film:{film_id}' style='font-size:large'>{_esc(title)}</a>{year_text}"
        )]
        if row is not None:
            facts = []
            if row.directors:
                facts.append(self.tr("Directed by %1").replace("%1", ", ".join(row.directors)))
            if row.genres:
                facts.append(", ".join(row.genres[:3]))
            if facts:
                lines.append(self._muted(" · ".join(facts)))
            seen = [stars_text(row.rating).rstrip("☆")] if row.rating else []
            if row.watched:
                seen.append(self.tr("✓ watched"))
            if seen:
                lines.append(self._label(_esc(" · ".join(seen))))
        card = _FilmCard(self._card_poster(title, year, thumbnails.get(film_id)), lines)
        card.setToolTip(self.tr("Open %1").replace("%1", title))
        card.clicked.connect(lambda: self.film_link_activated.emit(film_id))
        return card

    def _missing_card(self, number: int, title: str, year: int | None) -> QWidget:
        """A similar film not in the catalogue yet, with the button that adds it."""
        year_text = f" ({year})" if year else ""
        not_in_catalogue = self.tr("not in your catalogue")
        lines = [
            self._label(f"<span style='font-size:large'>{_esc(title)}</span>{year_text}"),
            self._muted(not_in_catalogue),
        ]
        button = QPushButton(self.tr("Add to catalogue"))
        button.setObjectName(f"addSimilar{number}")
        button.clicked.connect(lambda: self.add_similar_requested.emit(title, year))
        card = _FilmCard(self._card_poster(title, year, None), lines, button)
        card.setObjectName("missingFilmCard")
        return card


class _FilmCard(QFrame):
    """One film on the Similar tab: a small poster beside a few lines of text."""

    clicked = Signal()

    def __init__(
        self, poster: QLabel, lines: Sequence[QLabel], action: QWidget | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("filmCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(poster, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(3)
        for line in lines:
            if action is None:  # a card that opens: selecting its text would open it too
                line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            column.addWidget(line)
        if action is not None:
            column.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        layout.addLayout(column, 1)
        self._opens_film = action is None  # a film not in the catalogue has nothing to open
        if self._opens_film:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # The whole card opens the film, not only its title's link.
        if (
            self._opens_film
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
