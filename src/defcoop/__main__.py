"""``python -m defcoop``: the same program as the ``defcoop`` command (see :mod:`defcoop.cli`)."""

from __future__ import annotations

import sys

from defcoop.cli import main

if __name__ == "__main__":
    sys.exit(main())
