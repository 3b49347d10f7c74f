# SPDX-License-Identifier: GPL-3.0-or-later
"""`python -m filmdesk` behaves exactly like the installed `filmdesk` command."""

from filmdesk.cli import main

raise SystemExit(main())
