# SPDX-License-Identifier: GPL-3.0-or-later
"""Catalogue tests (a package, so module names cannot clash with tests/ui)."""
