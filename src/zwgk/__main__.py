"""``python -m zwgk``: the command line."""

from zwgk.cli import main

raise SystemExit(main())
