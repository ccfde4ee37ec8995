"""Entry point: parse the command line, resolve paths, then either print or open the window."""

from __future__ import annotations

import os
import sys

from recoverykit import cli
from recoverykit.paths import resolve_paths


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # Output piped into a command that stopped reading (`| head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: list[str] | None) -> int:
    args = cli.build_parser().parse_args(argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    try:
        scale = cli.time_scale()
    except cli.UsageError as exc:
        print(f"recoverykit: {exc}", file=sys.stderr)
        return 2
    if args.command == "routines" and args.check is not None:
        return cli.check_routine_file(args.check)
    if args.command == "routines":
        return cli.print_routines(paths, args.json)
    if args.command == "history":
        return cli.print_history(paths, args.json)
    if args.command in ("export", "import"):
        from pathlib import Path

        from recoverykit import cli_data

        if args.command == "export":
            return cli_data.export_history(paths, Path(args.file), args.csv)
        return cli_data.import_history_file(paths, Path(args.file))

    from recoverykit import app  # Qt is imported only when a window is wanted

    return app.run(paths, start_routine=getattr(args, "routine_id", None), time_scale=scale,
                   argv=sys.argv[:1] if argv is None else ["recoverykit"])


if __name__ == "__main__":
    sys.exit(main())
