# SPDX-License-Identifier: GPL-3.0-or-later
"""The film editor: every field of a film, in tabs that mirror the film page.

The dialog edits a copy of a ``FilmRecord`` and hands the finished record back; it checks
the record with the catalogue's own validation on every change, shows the problem next
to the field and keeps OK disabled until the film is valid. Saving goes through the
``save`` callable it is given (one transaction in the service); if that fails, the
dialog stays open with everything the person typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QRegion, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filmdesk.catalogue.dto import (
    CastCredit,
    Character,
    CrewCredit,
    FilmRecord,
    FilmRow,
    Link,
    NamedNote,
    SimilarFilm,
    TimelineEvent,
)
from filmdesk.catalogue.service import CatalogueService
from filmdesk.catalogue.validation import FIRST_FILM_YEAR, latest_year, validate_film
from filmdesk.errors import FilmdeskError, ValidationError
from filmdesk.ui.models.columns import runtime_long
from filmdesk.ui.tasks import TaskRunner
from filmdesk.ui.widgets.list_editor import ListColumn, ListEditor
from filmdesk.ui.widgets.name_list_edit import NameListEdit
from filmdesk.ui.widgets.poster_well import PosterWell
from filmdesk.ui.widgets.star_rating import StarRating

SaveFunction = Callable[[FilmRecord], FilmRecord]
NO_YEAR = FIRST_FILM_YEAR - 1  # the spin box's "unknown" value
MONEY_MAX = 10**15 - 1  # validate_film's limit; exact in a double (below 2^53)


def _text_box(height: int = 120) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class FilmEditDialog(QDialog):
    saved = Signal(object)  # the saved FilmRecord
    open_film_requested = Signal(int)  # "open the other one" from the duplicate warning

    def __init__(
        self,
        service: CatalogueService,
        tasks: TaskRunner,
        film: FilmRecord | None,
        save: SaveFunction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filmEditDialog")
        self._service = service
        self._save = save
        self._original = film or FilmRecord(title="")
        self.setWindowTitle(
            self.tr("Edit ‘%1’").replace("%1", film.title)
            if film and film.id
            else self.tr("Add Film")
        )
        self.resize(900, 720)
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self._build_overview(tasks)
        self._build_plot()
        self._build_timeline()
        self._build_characters()
        self._build_more()
        self._build_similar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c9302c")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for number in range(6):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.load(self._original)
        self._clean = self.record()
        self._touched = False  # has anything been changed since the dialog opened?
        self._connect_changes()
        self.tabs.currentChanged.connect(self.validate)  # the bottom line names hidden fields
        self.validate()

    # --- layout --------------------------------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, title)
        return form

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        """The field, with a line below it for its validation message."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c9302c")
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        return box

    def _lookup(self, kind: str) -> Callable[[str], list[str]]:
        return lambda prefix: self._service.completions(kind, prefix, limit=30)

    def _build_overview(self, tasks: TaskRunner) -> None:
        form = self._page(self.tr("Overview"))
        self.title_edit = QLineEdit()
        self.original_title_edit = QLineEdit()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(NO_YEAR, latest_year())
        self.year_spin.setSpecialValueText(self.tr("Unknown"))
        self.year_spin.setToolTip(
            self.tr("From %1 to %2; one below %1 means the year is unknown.")
            .replace("%1", str(FIRST_FILM_YEAR))
            .replace("%2", str(latest_year()))
        )
        # A year is four digits: the box keeps its own width rather than the form's.
        self.year_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.runtime_spin = QSpinBox()
        self.runtime_spin.setRange(0, 1000)
        self.runtime_spin.setSpecialValueText(self.tr("Unknown"))
        self.runtime_spin.setSuffix(self.tr(" min"))
        self.runtime_hint = QLabel()
        runtime_row = QWidget()
        row = QHBoxLayout(runtime_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.runtime_spin)
        row.addWidget(self.runtime_hint, 1)
        self.certification_edit = QLineEdit()
        self.languages_edit = NameListEdit(self._lookup("languages"))
        self.directors_edit = NameListEdit(self._lookup("people"), split_commas=False)
        self.genres_edit = NameListEdit(self._lookup("genres"))
        self.countries_edit = NameListEdit(self._lookup("countries"))
        self.tags_edit = NameListEdit(self._lookup("tags"))
        self.rating_widget = StarRating()
        self.watched_check = QCheckBox(self.tr("I have watched this film"))
        self.viewings_list = QListWidget()
        self.viewings_list.setMaximumHeight(90)
        self.viewing_date = QDateEdit(QDate.currentDate())
        self.viewing_date.setCalendarPopup(True)
        self.viewing_date.setDisplayFormat("yyyy-MM-dd")
        add_viewing = QPushButton(self.tr("Add Viewing"))
        remove_viewing = QPushButton(self.tr("Remove"))
        add_viewing.clicked.connect(self._add_viewing)
        remove_viewing.clicked.connect(self._remove_viewing)
        viewings = QWidget()
        viewing_layout = QVBoxLayout(viewings)
        viewing_layout.setContentsMargins(0, 0, 0, 0)
        viewing_layout.addWidget(self.viewings_list)
        controls = QHBoxLayout()
        for widget in (self.viewing_date, add_viewing, remove_viewing):
            controls.addWidget(widget)
        controls.addStretch(1)
        viewing_layout.addLayout(controls)
        self.synopsis_edit = _text_box(90)
        self.notes_edit = _text_box(60)
        self.poster_well = PosterWell(tasks)

        form.addRow(self.tr("&Title"), self._with_error("title", self.title_edit))
        form.addRow(
            self.tr("Original title"), self._with_error("original_title", self.original_title_edit)
        )
        form.addRow(self.tr("&Year"), self._with_error("year", self.year_spin))
        form.addRow(self.tr("&Runtime"), self._with_error("runtime", runtime_row))
        form.addRow(self.tr("Languages"), self._with_error("languages", self.languages_edit))
        form.addRow(
            self.tr("Certification"), self._with_error("certification", self.certification_edit)
        )
        form.addRow(self.tr("&Directors"), self._with_error("directors", self.directors_edit))
        form.addRow(self.tr("&Genres"), self._with_error("genres", self.genres_edit))
        form.addRow(self.tr("Countries"), self._with_error("countries", self.countries_edit))
        form.addRow(self.tr("My rating"), self._with_error("rating", self.rating_widget))
        form.addRow(self.tr("Watched"), self.watched_check)
        form.addRow(self.tr("Viewings"), viewings)
        form.addRow(self.tr("Tags"), self._with_error("tags", self.tags_edit))
        form.addRow(self.tr("&Synopsis"), self._with_error("synopsis", self.synopsis_edit))
        form.addRow(self.tr("My notes"), self._with_error("notes", self.notes_edit))
        form.addRow(self.tr("Poster"), self.poster_well)

    def _build_plot(self) -> None:
        form = self._page(self.tr("Plot"))
        self.plot_edit = _text_box(260)
        self.ending_edit = _text_box(140)
        form.addRow(self.tr("Full plot"), self._with_error("plot", self.plot_edit))
        form.addRow(self.tr("Ending explained"), self._with_error("ending", self.ending_edit))

    def _build_timeline(self) -> None:
        form = self._page(self.tr("Timeline"))
        self.timeline_editor = ListEditor(
            [
                ListColumn(self.tr("When"), width=120),
                ListColumn(self.tr("Event")),
                ListColumn(self.tr("Spoiler"), "bool", 70),
            ]
        )
        form.addRow(self._with_error("timeline", self.timeline_editor))

    def _build_characters(self) -> None:
        form = self._page(self.tr("Characters && Themes"))
        people = QCompleter(self._service.completions("people", "", limit=2000), self)
        people.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.characters_editor = ListEditor(
            [
                ListColumn(self.tr("Character"), width=160),
                ListColumn(self.tr("Played by"), width=160, completer=people),
                ListColumn(self.tr("Description")),
                ListColumn(self.tr("Spoiler"), "bool", 70),
            ]
        )
        self.settings_editor = ListEditor(
            [ListColumn(self.tr("Setting"), width=200), ListColumn(self.tr("Why it matters"))]
        )
        self.themes_editor = ListEditor(
            [ListColumn(self.tr("Theme"), width=200), ListColumn(self.tr("Description"))]
        )
        form.addRow(self.tr("Characters"), self._with_error("characters", self.characters_editor))
        form.addRow(self.tr("Settings"), self._with_error("settings", self.settings_editor))
        form.addRow(self.tr("Themes"), self._with_error("themes", self.themes_editor))

    def _build_more(self) -> None:
        form = self._page(self.tr("More"))
        people = QCompleter(self._service.completions("people", "", limit=2000), self)
        people.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cast_editor = ListEditor(
            [ListColumn(self.tr("Actor"), width=220, completer=people), ListColumn(self.tr("Role"))]
        )
        self.crew_editor = ListEditor(
            [ListColumn(self.tr("Person"), width=220, completer=people), ListColumn(self.tr("Job"))]
        )
        # A dozen cast members in view without scrolling a list inside a scrolling page.
        self.cast_editor.tree.setMinimumHeight(260)
        self.crew_editor.tree.setMinimumHeight(170)
        # Whole numbers in a double spin box: a QSpinBox stops at 2^31 - 1, below the
        # gross of the biggest films, and overflowed when such a film was opened.
        self.budget_spin = QDoubleSpinBox()
        self.gross_spin = QDoubleSpinBox()
        for spin in (self.budget_spin, self.gross_spin):
            spin.setDecimals(0)
            spin.setRange(-1, MONEY_MAX)
            spin.setSpecialValueText(self.tr("Unknown"))
            spin.setGroupSeparatorShown(True)
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "INR", "KRW"])
        self.studios_edit = NameListEdit(split_commas=False)
        self.locations_edit = NameListEdit(split_commas=False)
        self.release_check = QCheckBox(self.tr("Known"))
        self.release_date = QDateEdit(QDate.currentDate())
        self.release_date.setCalendarPopup(True)
        self.release_date.setDisplayFormat("yyyy-MM-dd")
        self.release_check.toggled.connect(self.release_date.setEnabled)
        release = QWidget()
        release_row = QHBoxLayout(release)
        release_row.setContentsMargins(0, 0, 0, 0)
        release_row.addWidget(self.release_check)
        release_row.addWidget(self.release_date)
        release_row.addStretch(1)
        self.post_credits_edit = _text_box(70)
        self.links_editor = ListEditor(
            [
                ListColumn(self.tr("Label"), width=140),
                ListColumn(self.tr("Address (http or https)")),
            ]
        )
        self.imdb_edit = QLineEdit()
        self.imdb_edit.setPlaceholderText("tt0113627")
        self.tmdb_edit = QLineEdit()
        form.addRow(self.tr("Cast"), self._with_error("cast", self.cast_editor))
        form.addRow(self.tr("Crew"), self._with_error("crew", self.crew_editor))
        form.addRow(self.tr("Budget"), self._with_error("budget", self.budget_spin))
        form.addRow(self.tr("Gross"), self._with_error("gross", self.gross_spin))
        form.addRow(self.tr("Currency"), self._with_error("currency", self.currency_combo))
        form.addRow(self.tr("Studios"), self._with_error("studios", self.studios_edit))
        form.addRow(
            self.tr("Filming locations"), self._with_error("filming_locations", self.locations_edit)
        )
        form.addRow(self.tr("Release date"), release)
        form.addRow(
            self.tr("Post-credit scenes"), self._with_error("post_credits", self.post_credits_edit)
        )
        form.addRow(self.tr("Links"), self._with_error("links", self.links_editor))
        form.addRow(self.tr("IMDb id"), self._with_error("imdb_id", self.imdb_edit))
        form.addRow(self.tr("TMDb id"), self._with_error("tmdb_id", self.tmdb_edit))

    def _build_similar(self) -> None:
        form = self._page(self.tr("Similar"))
        titles = [title for _, title, _ in self._service.titles("", limit=5000)]
        completer = QCompleter(titles, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.similar_editor = ListEditor(
            [
                ListColumn(self.tr("Title"), completer=completer),
                ListColumn(self.tr("Year"), width=80),
            ]
        )
        hint = QLabel(
            self.tr(
                "Titles from your catalogue are linked; others are kept as "
                "suggestions you can add later."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self._with_error("similar", self.similar_editor))

    # --- data in and out -----------------------------------------------------------------------

    def load(self, film: FilmRecord) -> None:
        self.title_edit.setText(film.title)
        self.original_title_edit.setText(film.original_title)
        self.year_spin.setValue(film.year or NO_YEAR)
        self.runtime_spin.setValue(film.runtime or 0)
        self.certification_edit.setText(film.certification)
        self.languages_edit.set_values(film.languages)
        self.directors_edit.set_values(film.directors)
        self.genres_edit.set_values(film.genres)
        self.countries_edit.set_values(film.countries)
        self.tags_edit.set_values(film.tags)
        self.rating_widget.set_rating(film.rating)
        self.watched_check.setChecked(film.watched)
        self.viewings_list.clear()
        self.viewings_list.addItems([d.isoformat() for d in sorted(film.viewings)])
        self.synopsis_edit.setPlainText(film.synopsis)
        self.notes_edit.setPlainText(film.notes)
        self.poster_well.set_poster(film.poster)
        self.plot_edit.setPlainText(film.plot)
        self.ending_edit.setPlainText(film.ending)
        self.timeline_editor.set_rows([(e.marker, e.text, e.spoiler) for e in film.timeline])
        self.characters_editor.set_rows(
            [(c.name, c.played_by, c.description, c.spoiler) for c in film.characters]
        )
        self.settings_editor.set_rows([(n.name, n.description) for n in film.settings])
        self.themes_editor.set_rows([(n.name, n.description) for n in film.themes])
        self.cast_editor.set_rows([(c.person, c.character) for c in film.cast])
        self.crew_editor.set_rows([(c.person, c.job) for c in film.crew])
        self.budget_spin.setValue(film.budget if film.budget is not None else -1)
        self.gross_spin.setValue(film.gross if film.gross is not None else -1)
        self.currency_combo.setCurrentText(film.currency)
        self.studios_edit.set_values(film.studios)
        self.locations_edit.set_values(film.filming_locations)
        self.release_check.setChecked(film.release_date is not None)
        self.release_date.setEnabled(film.release_date is not None)
        if film.release_date:
            day = film.release_date
            self.release_date.setDate(QDate(day.year, day.month, day.day))
        self.post_credits_edit.setPlainText(film.post_credits)
        self.links_editor.set_rows([(link.label, link.url) for link in film.links])
        self.imdb_edit.setText(film.imdb_id)
        self.tmdb_edit.setText(film.tmdb_id)
        self.similar_editor.set_rows([(s.title, s.year or "") for s in film.similar])

    def record(self) -> FilmRecord:
        """The film as currently entered (not yet validated)."""
        year = self.year_spin.value()
        budget, gross = round(self.budget_spin.value()), round(self.gross_spin.value())
        viewings = tuple(
            sorted(
                {
                    dt.date.fromisoformat(self.viewings_list.item(i).text())
                    for i in range(self.viewings_list.count())
                }
            )
        )
        # Rows left as they were keep their link to the catalogue film they point at.
        known = {(s.title, s.year): s for s in self._original.similar}
        similar = []
        for title, year_text in self.similar_editor.rows():
            year_value = _year_or_none(year_text)
            similar.append(known.get((title, year_value)) or SimilarFilm(title, year_value))
        original = self._original
        return replace(
            original,
            title=" ".join(self.title_edit.text().split()),
            original_title=self.original_title_edit.text().strip(),
            year=None if year == NO_YEAR else year,
            runtime=self.runtime_spin.value() or None,
            certification=self.certification_edit.text().strip(),
            languages=self.languages_edit.values(),
            directors=self.directors_edit.values(),
            genres=self.genres_edit.values(),
            countries=self.countries_edit.values(),
            tags=self.tags_edit.values(),
            rating=self.rating_widget.rating(),
            watched=self.watched_check.isChecked(),
            viewings=viewings,
            synopsis=self.synopsis_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            poster=self.poster_well.poster(),
            plot=self.plot_edit.toPlainText().strip(),
            ending=self.ending_edit.toPlainText().strip(),
            timeline=tuple(
                TimelineEvent(text, marker, spoiler)
                for marker, text, spoiler in self.timeline_editor.rows()
            ),
            characters=tuple(
                Character(name, by, about, spoiler)
                for name, by, about, spoiler in self.characters_editor.rows()
            ),
            settings=tuple(NamedNote(n, d) for n, d in self.settings_editor.rows()),
            themes=tuple(NamedNote(n, d) for n, d in self.themes_editor.rows()),
            cast=tuple(CastCredit(p, c) for p, c in self.cast_editor.rows()),
            crew=tuple(CrewCredit(p, j) for p, j in self.crew_editor.rows()),
            budget=None if budget < 0 else budget,
            gross=None if gross < 0 else gross,
            currency=self.currency_combo.currentText().strip().upper(),
            studios=self.studios_edit.values(),
            filming_locations=self.locations_edit.values(),
            release_date=cast(dt.date, self.release_date.date().toPython())
            if self.release_check.isChecked()
            else None,
            post_credits=self.post_credits_edit.toPlainText().strip(),
            links=tuple(Link(label or url, url) for label, url in self.links_editor.rows()),
            imdb_id=self.imdb_edit.text().strip(),
            tmdb_id=self.tmdb_edit.text().strip(),
            similar=tuple(similar),
        )

    # --- behaviour -----------------------------------------------------------------------------

    def _connect_changes(self) -> None:
        for edit in (
            self.title_edit,
            self.original_title_edit,
            self.certification_edit,
            self.languages_edit,
            self.directors_edit,
            self.genres_edit,
            self.countries_edit,
            self.tags_edit,
            self.studios_edit,
            self.locations_edit,
            self.imdb_edit,
            self.tmdb_edit,
        ):
            edit.textChanged.connect(self.validate)
        for box in (
            self.synopsis_edit,
            self.notes_edit,
            self.plot_edit,
            self.ending_edit,
            self.post_credits_edit,
        ):
            box.textChanged.connect(self.validate)
        for spin in (self.year_spin, self.runtime_spin, self.budget_spin, self.gross_spin):
            spin.valueChanged.connect(self.validate)
        for editor in (
            self.timeline_editor,
            self.characters_editor,
            self.settings_editor,
            self.themes_editor,
            self.cast_editor,
            self.crew_editor,
            self.links_editor,
            self.similar_editor,
        ):
            editor.changed.connect(self.validate)
        self.currency_combo.currentTextChanged.connect(self.validate)
        self.rating_widget.rating_changed.connect(self.validate)
        self.watched_check.toggled.connect(self.validate)
        self.release_check.toggled.connect(self.validate)
        self.release_date.dateChanged.connect(self.validate)
        self.poster_well.poster_changed.connect(self.validate)
        self.poster_well.failed.connect(self.message.setText)

    def validate(self) -> bool:
        """Check the record; show the first problem next to its field; enable Save if valid."""
        minutes = self.runtime_spin.value()
        self.runtime_hint.setText(runtime_long(minutes) if minutes >= 60 else "")
        for label in self.errors.values():
            label.hide()
        self._touched = self._touched or self.is_modified()
        try:
            record = self.record()
            validate_film(record)
        except ValidationError as exc:
            self._set_save_enabled(False)
            if self._original.id is None and not self._touched:
                # A blank new film: nothing is wrong yet, there is just nothing typed.
                self.message.setText("")
                return False
            field_label = self.errors.get(exc.field)
            if field_label is not None:
                field_label.setText(exc.message)
                field_label.show()
            # Said once: beside the field when it is in view, else at the bottom, naming it.
            in_view = (
                field_label is not None
                and field_label.isVisible()
                # wholly in sight, not scrolled (even partly) out of the page
                and QRegion(field_label.rect()).subtracted(field_label.visibleRegion()).isEmpty()
            )
            self.message.setText("" if in_view else _field_message(exc))
            return False
        self.message.setText("")
        self._set_save_enabled(True)
        return True

    def _set_save_enabled(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(enabled)

    def _add_viewing(self) -> None:
        day = cast(dt.date, self.viewing_date.date().toPython()).isoformat()
        existing = {self.viewings_list.item(i).text() for i in range(self.viewings_list.count())}
        if day not in existing:
            self.viewings_list.addItem(day)
            self.viewings_list.sortItems()
            with QSignalBlocker(self.watched_check):
                self.watched_check.setChecked(True)
            self.validate()

    def _remove_viewing(self) -> None:
        for item in self.viewings_list.selectedItems():
            self.viewings_list.takeItem(self.viewings_list.row(item))
        self.validate()

    def reload(self, film: FilmRecord) -> None:
        """Show ``film`` (someone else's newer save) in place of what was being edited."""
        self._original = film
        self.load(film)
        self._clean = self.record()
        self.validate()

    def is_modified(self) -> bool:
        try:
            return self.record() != self._clean
        except ValidationError:
            return True  # something typed that cannot even be read back: surely a change

    def try_save(self) -> None:
        if not self.validate():
            return
        film = self.record()
        duplicates = self._service.same_title_and_year(film.title, film.year, excluding=film.id)
        if duplicates and not self._confirm_duplicate(film, duplicates[0]):
            return
        try:
            saved = self._save(film)
        except FilmdeskError as exc:
            # Nothing was written (one transaction); keep everything typed and say why.
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self._clean = self.record()
        self.saved.emit(saved)
        self.accept()

    def _confirm_duplicate(self, film: FilmRecord, other: FilmRow) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Same film twice?"))
        box.setText(
            self.tr("Your catalogue already has ‘%1’ from %2.")
            .replace("%1", other.title)
            .replace("%2", str(other.year or self.tr("an unknown year")))
        )
        box.setInformativeText(self.tr("Save this one as well?"))
        save = box.addButton(self.tr("Save Anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_other = box.addButton(self.tr("Open the Other"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is open_other:
            self.open_film_requested.emit(other.id)
            self._clean = self.record()  # leaving on purpose; nothing to ask about
            self.reject()
            return False
        return box.clickedButton() is save

    def reject(self) -> None:
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to ‘%1’ before closing?").replace(
                    "%1", self.title_edit.text() or self.tr("this film")
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.try_save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()


def _year_or_none(text: Any) -> int | None:
    text = str(text).strip()
    if not text:
        return None
    if not text.isdecimal():
        raise ValidationError("similar", f"“{text}” is not a year")
    return int(text)


def _field_message(error: ValidationError) -> str:
    names = {
        "title": "Title",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "imdb_id": "IMDb id",
        "tmdb_id": "TMDb id",
        "links": "Links",
        "similar": "Similar films",
    }
    return f"{names.get(error.field, error.field.replace('_', ' ').capitalize())}: {error.message}"
