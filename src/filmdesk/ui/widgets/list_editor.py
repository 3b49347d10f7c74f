# SPDX-License-Identifier: GPL-3.0-or-later
"""An editable, reorderable list of small records (cast, timeline, links …).

Rows are top-level items of a QTreeWidget, which reorders by drag and drop without
overwriting cells (QTableWidget's InternalMove does). Boolean columns are check boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ListColumn:
    header: str
    kind: str = "text"  # "text", "bool" or "int"
    width: int = 0  # 0: stretch
    completer: QCompleter | None = None


class _CompletingDelegate(QStyledItemDelegate):
    def __init__(self, completer: QCompleter, parent: QWidget) -> None:
        super().__init__(parent)
        self._completer = completer

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = QLineEdit(parent)
        editor.setCompleter(self._completer)
        return editor


class ListEditor(QWidget):
    changed = Signal()

    def __init__(self, columns: Sequence[ListColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(columns))
        self.tree.setHeaderLabels([c.header for c in columns])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tree.header()
        for position, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Interactive)
                self.tree.setColumnWidth(position, column.width)
            else:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
            if column.completer is not None:
                self.tree.setItemDelegateForColumn(
                    position, _CompletingDelegate(column.completer, self.tree)
                )
        # A last column of set width (a year, say) stays that wide; the stretching one grows.
        header.setStretchLastSection(not columns[-1].width)
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        self.tree.model().rowsMoved.connect(lambda *_: self.changed.emit())
        # A drag within the tree takes the row out and inserts it again; rowsMoved never
        # comes, so without this a reordering by drag went unnoticed.
        self.tree.model().rowsInserted.connect(lambda *_: self.changed.emit())
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move Up"))
        self.down_button = QPushButton(self.tr("Move Down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def _new_item(self, values: Sequence[Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        # No ItemIsDropEnabled: rows can be dropped between rows, never inside one.
        item.setFlags(
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        for position, (column, value) in enumerate(zip(self.columns, values, strict=False)):
            if column.kind == "bool":
                item.setCheckState(
                    position, Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
                )
            else:
                item.setText(position, "" if value is None else str(value))
        return item

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.addTopLevelItems([self._new_item(row) for row in rows])
        self.tree.blockSignals(False)
        self.changed.emit()

    def rows(self) -> list[list[Any]]:
        out = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            assert item is not None  # index is in range
            values: list[Any] = []
            for position, column in enumerate(self.columns):
                if column.kind == "bool":
                    values.append(item.checkState(position) == Qt.CheckState.Checked)
                else:
                    values.append(item.text(position).strip())
            if any(isinstance(v, str) and v for v in values):  # skip rows left blank
                out.append(values)
        return out

    def add_row(self) -> None:
        item = self._new_item([False if c.kind == "bool" else "" for c in self.columns])
        self.tree.addTopLevelItem(item)
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
            self.changed.emit()

    def move_current(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        index = self.tree.indexOfTopLevelItem(item)
        target = index + step
        if 0 <= target < self.tree.topLevelItemCount():
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, item)
            self.tree.setCurrentItem(item)
            self.changed.emit()
