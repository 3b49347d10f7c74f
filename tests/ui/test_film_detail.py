# SPDX-License-Identifier: GPL-3.0-or-later
"""The film page: every tab filled from the selected film, links, and tab shortcuts."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from filmdesk.catalogue.dto import FilmRecord, SimilarFilm
from filmdesk.catalogue.service import CatalogueService
from filmdesk.ui.main_window import MainWindow
from filmdesk.ui.models.columns import stars_text
from filmdesk.ui.placeholder_posters import initials
from filmdesk.ui.widgets.film_detail import CARD_POSTER, CARDS_SHOWN, _Page, money

W = TypeVar("W", bound=QWidget)

OVERVIEW, PLOT, TIMELINE, CHARACTERS, MORE, SIMILAR = range(6)


def _live(page: _Page, kind: type[W]) -> list[W]:
    """Widgets of ``kind`` on a page now: those its layout holds, and their children.

    A page is rebuilt for each film and the old widgets are only deleted later, so
    ``findChildren`` on the page alone would also see the previous film's labels.
    """
    found: list[W] = []
    for position in range(page.layout_.count()):
        item = page.layout_.itemAt(position)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        if isinstance(widget, kind):
            found.append(widget)
        found += widget.findChildren(kind)
    return found


def _plain(label: QLabel) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def page_texts(window: MainWindow, tab: int) -> list[str]:
    """The plain text of every label on one tab of the film page."""
    return [_plain(label) for label in _live(window.detail.pages[tab], QLabel)]


def page_text(window: MainWindow, tab: int) -> str:
    return "\n".join(page_texts(window, tab))


def muted_texts(window: MainWindow, tab: int) -> list[str]:
    """Texts of the muted lines (placeholder colour) on one tab."""
    muted = window.detail.palette().color(QPalette.ColorRole.PlaceholderText).name()
    labels = _live(window.detail.pages[tab], QLabel)
    return [
        _plain(label)
        for label in labels
        if label.text().startswith(f"<span style='color:{muted}'>")
    ]


def select(window: MainWindow, service: CatalogueService, title: str) -> FilmRecord:
    film = service.find(title)
    assert film.id is not None and window.browser.select_film(film.id)
    assert window.film is not None and window.film.id == film.id
    return film


def test_every_tab_shows_the_selected_film(window: MainWindow, service: CatalogueService) -> None:
    film = select(window, service, "Leaving Las Vegas")

    overview = page_text(window, OVERVIEW)
    titles = [
        w.text()
        for w in _live(window.detail.pages[OVERVIEW], QLabel)
        if w.objectName() == "filmTitle"
    ]
    assert titles == ["Leaving Las Vegas  (1995)"]
    assert "Mike Figgis" in overview
    assert film.synopsis.split("\n\n")[0].strip()[:60] in overview

    assert film.plot.split("\n\n")[0].strip()[:60] in page_text(window, PLOT)
    assert film.ending.split("\n\n")[0].strip()[:60] in page_text(window, PLOT)

    timeline = page_text(window, TIMELINE)
    assert film.timeline[0].text in timeline
    assert film.timeline[0].marker in timeline

    characters = page_text(window, CHARACTERS)
    assert film.characters[0].name in characters
    assert film.characters[0].played_by in characters
    assert film.themes[0].name in characters
    assert film.settings and film.settings[0].name in characters

    more = page_texts(window, MORE)
    assert film.cast[0].person in more and film.cast[0].character in more
    assert money(film.budget, film.currency) == "$3.6 million"
    assert {"Budget", "$3.6 million", "Gross", "$49.8 million"} <= set(more)
    links = page_text(window, MORE)
    assert all(link.label in links and link.url in links for link in film.links)

    similar = page_texts(window, SIMILAR)
    for other in film.similar:
        assert f"{other.title} ({other.year})" in similar
    # Films in the catalogue are links to their own pages.
    hrefs = " ".join(label.text() for label in _live(window.detail.pages[SIMILAR], QLabel))
    assert all(f"film:{other.film_id}" in hrefs for other in film.similar)


def test_backlinks_list_films_that_point_here(
    window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, "Requiem for a Dream")
    text = page_text(window, SIMILAR)
    assert "Films that list this one as similar" in text
    assert "The Lost Weekend (1945)" in text  # lists Requiem among its similar films


def test_empty_sections_say_so(window: MainWindow, service: CatalogueService) -> None:
    bare = service.add_film(FilmRecord(title="A Film With Nothing Yet"))
    window.browser.refresh()
    select(window, service, "A Film With Nothing Yet")
    expected = {
        OVERVIEW: ["No synopsis yet"],
        PLOT: ["No plot summary yet", "No ending explained yet"],
        TIMELINE: ["No timeline yet"],
        CHARACTERS: ["No characters yet", "No settings yet", "No themes yet"],
        MORE: ["No cast yet", "No box office yet", "No production details yet", "No links yet"],
        SIMILAR: ["No similar films yet"],
    }
    for tab, lines in expected.items():
        muted = muted_texts(window, tab)
        for line in lines:
            assert any(text.startswith(line) for text in muted), (tab, line, muted)
    # No spoiler sections for a film without spoilers, and nothing from the last film.
    assert window.detail.spoiler_sections == {}
    assert "Sanderson" not in page_text(window, CHARACTERS)
    assert window.film is not None and window.film.id == bare.id


def test_no_selection_shows_a_message_on_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.browser.search_now("title:nothingmatchesthis")
    assert window.film is None
    for tab in range(6):
        assert muted_texts(window, tab) == ["No film matches this search."]
    assert window.detail.tabs.tabBar().isHidden()  # no film, so no tabs to choose between
    window.browser.search_now("")
    assert window.film is not None and not window.detail.tabs.tabBar().isHidden()


def test_similar_film_link_selects_that_film(window: MainWindow, service: CatalogueService) -> None:
    film = select(window, service, "Leaving Las Vegas")
    target = film.similar[0]
    link = f"film:{target.film_id}"
    labels = [
        label for label in _live(window.detail.pages[SIMILAR], QLabel) if link in label.text()
    ]
    # The first is the similar film; the second its backlink (it lists this film too).
    assert len(labels) == 2
    labels[0].linkActivated.emit(f"film:{target.film_id}")  # what a click on the link sends
    assert window.film is not None and window.film.title == target.title
    assert window.browser.current_film() == target.film_id


def test_similar_film_link_clears_a_search_that_hides_it(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    window.search_bar.setText("director:figgis")
    window.browser.search_now("director:figgis")
    assert window.browser.model.rowCount() == 1
    lost_weekend = service.find("The Lost Weekend")
    with qtbot.waitSignal(window.detail.film_link_activated):
        window.detail.film_link_activated.emit(lost_weekend.id)
    assert window.film is not None and window.film.title == "The Lost Weekend"
    assert window.search_bar.text() == ""
    assert window.browser.model.rowCount() == 14
    assert window.count_label.text() == "14 films"


def test_add_similar_film_then_undo(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    requiem = select(window, service, "Requiem for a Dream")
    buttons = _live(window.detail.pages[SIMILAR], QPushButton)
    assert [b.text() for b in buttons] == ["Add to catalogue"]  # only Trainspotting is missing
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.film is not None and window.film.title == "Trainspotting")
    added = window.film
    assert added is not None and added.year == 1996
    assert service.count() == 15
    assert window.count_label.text() == "15 films"
    assert window.browser.model.row_of(added.id or 0) is not None
    # The new film links back to the one it was added from.
    assert [s.title for s in added.similar] == [requiem.title]
    assert "Trainspotting" in window.undo_action.text()

    window.undo_action.trigger()
    assert service.count() == 14
    assert window.browser.model.row_of(added.id or 0) is None
    assert window.count_label.text() == "14 films"
    assert window.film is not None and window.film.title != "Trainspotting"
    assert "Trainspotting" in window.redo_action.text()


def test_ctrl_number_switches_tabs_and_the_tab_stays(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, "Leaving Las Vegas")
    window.browser.table.setFocus()
    for number in (3, 6, 1, 5, 2, 4):
        qtbot.keyClick(
            window.browser.table, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.detail.tabs.currentIndex() == number - 1
    # Ctrl+4 left us on Characters & Themes; another film keeps that tab.
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Down)
    assert window.film is not None and window.film.title != "Leaving Las Vegas"
    assert window.detail.tabs.currentIndex() == CHARACTERS
    assert window.film.characters[0].name in page_text(window, CHARACTERS)


# --- the Similar tab's cards -----------------------------------------------------------------


def _cards(window: MainWindow) -> list[QFrame]:
    return [card for card in _live(window.detail.pages[SIMILAR], QFrame)
            if card.objectName() in ("filmCard", "missingFilmCard")]


def test_similar_cards_say_who_made_each_film_and_how_i_rated_it(
    window: MainWindow, service: CatalogueService
) -> None:
    select(window, service, "Leaving Las Vegas")
    lost_weekend = service.find("The Lost Weekend")
    texts = page_texts(window, SIMILAR)
    at = texts.index("The Lost Weekend (1945)")
    assert texts[at + 1] == "Directed by Billy Wilder · Drama"
    assert texts[at + 2] == stars_text(lost_weekend.rating).rstrip("☆") + " · ✓ watched"
    # Four similar films and six backlinks, each a card with a poster beside it.
    cards = _cards(window)
    assert len(cards) == len(window.film.similar if window.film else ()) + 6
    assert all(card.findChild(QLabel).pixmap().width() > 0 for card in cards)


def test_clicking_anywhere_on_a_card_opens_that_film(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    film = select(window, service, "Leaving Las Vegas")
    window.detail.tabs.setCurrentIndex(SIMILAR)
    card = _cards(window)[1]
    qtbot.waitUntil(card.isVisible)
    # Beside the text, well away from the title's link.
    spot = QPoint(card.width() - 12, card.height() - 12)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=spot)
    assert window.film is not None and window.film.id == film.similar[1].film_id


def test_a_card_for_a_film_not_in_the_catalogue_opens_nothing(
    qtbot: QtBot, window: MainWindow, service: CatalogueService
) -> None:
    requiem = select(window, service, "Requiem for a Dream")
    window.detail.tabs.setCurrentIndex(SIMILAR)
    (missing,) = [card for card in _cards(window) if card.objectName() == "missingFilmCard"]
    qtbot.waitUntil(missing.isVisible)
    assert "not in your catalogue" in [_plain(label) for label in missing.findChildren(QLabel)]
    qtbot.mouseClick(missing, Qt.MouseButton.LeftButton, pos=QPoint(missing.width() - 12, 12))
    assert window.film is not None and window.film.id == requiem.id
    assert service.count() == 14


def test_card_posters_use_the_thumbnail_and_survive_a_broken_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    image = QImage(120, 180, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    poster = window.detail._card_poster("Any Film", 1999, bytes(buffer.data().data()))
    shown = poster.pixmap().toImage()
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2).name() == "#336699"
    assert poster.pixmap().deviceIndependentSize().height() <= CARD_POSTER.height()
    broken = window.detail._card_poster("Any Film", 1999, b"not an image at all")
    assert not broken.pixmap().isNull()  # the stand-in poster instead


def test_small_stand_in_posters_show_initials() -> None:
    assert initials("The Lost Weekend") == "LW"
    assert initials("Days of Wine and Roses") == "DW"
    assert initials("Her") == "H"
    assert initials("2001: A Space Odyssey") == "2S"
    assert initials("…") == "…"


def test_a_film_many_others_point_at_shows_a_shelf_and_a_count(
    window: MainWindow, service: CatalogueService
) -> None:
    her = service.find("Her")
    for number in range(30):
        service.add_film(FilmRecord(title=f"Admirer {number}", similar=(SimilarFilm("Her", 2013),)))
    window.browser.refresh()
    select(window, service, "Her")
    cards = _cards(window)
    assert len(cards) == len(her.similar) + CARDS_SHOWN
    pointing = len(service.backlinks(her.id or 0))
    assert pointing >= 30
    assert f"… and {pointing - CARDS_SHOWN} more" in page_texts(window, SIMILAR)
