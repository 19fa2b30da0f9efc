"""Entry point: `python -m desktop` and the `vidare` executable."""

import sys


def main() -> int:
    from desktop.cli import run
    from desktop.console import attach_parent_console

    # The windowed Windows executable has no console: give subcommands the caller's.
    attach_parent_console(sys.argv[1:])
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
