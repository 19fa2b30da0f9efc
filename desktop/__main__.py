"""Entry point: `python -m desktop` and the `vidare` executable."""

import sys


def main() -> int:
    from desktop.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
