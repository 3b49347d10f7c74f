# SPDX-License-Identifier: GPL-3.0-or-later
"""How a filmdesk catalogue marks itself, readable without loading SQLAlchemy or Alembic."""

# The newest migration this filmdesk knows. A test checks it against Alembic's head;
# keeping it here lets an up-to-date catalogue open without loading Alembic at all.
SCHEMA_HEAD = "0002"
# The catalogue_info "format" value every filmdesk catalogue carries.
CATALOGUE_MARK = "filmdesk catalogue"
