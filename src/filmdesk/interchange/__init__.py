# SPDX-License-Identifier: GPL-3.0-or-later
"""Import and export of whole collections, one module per format. Never imports Qt."""
