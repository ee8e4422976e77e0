"""The command line: argparse and one module per subcommand; never imports Textual.

Each subcommand module defines ``register(subparsers, common)`` and ``run(args) -> int``.
The shared parts (parser, errors, opening the store) are in :mod:`.base`.
"""

from netplan_tui.cli.base import (
    COMMANDS,
    CliError,
    build_parser,
    data_dir_of,
    main,
    open_store,
    today_of,
)

__all__ = ["COMMANDS", "CliError", "build_parser", "data_dir_of", "main", "open_store", "today_of"]
