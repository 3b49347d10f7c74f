# SPDX-License-Identifier: GPL-3.0-or-later
"""filmdesk: a desktop film catalogue."""

__version__ = "0.1.0"
APP_ID = "org.filmdesk.Filmdesk"
