"""Command-line subcommands, one module each (see ``netplan_tui.cli.COMMANDS``).

Each module defines ``register(subparsers, common)`` and ``run(args) -> int``.
None of them imports Textual.
"""
