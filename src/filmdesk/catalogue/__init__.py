# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogue: models, storage, search and services. Never imports Qt."""
