"""Entry point: parse the command line, resolve paths, then either print or open the window."""

from __future__ import annotations

import os
import sys

from recoverykit import cli
from recoverykit.paths import resolve_paths


def has_display(environ) -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux and the BSDs an X or Wayland
    display, or a Qt platform chosen by hand (offscreen, vnc…). Without one, Qt aborts with a message
    about xcb that does not say the real cause."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a frozen build's workers (parallel workout import) start here
        import multiprocessing

        multiprocessing.freeze_support()
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
        from recoverykit.cli_language import user_language

        return cli.check_routine_file(args.check, language=user_language(paths.settings_file))
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
    if args.command in ("workouts", "suggest"):
        from pathlib import Path

        from recoverykit import cli_workouts

        if args.command == "suggest":
            return cli_workouts.print_suggestion(paths, args.json, args.workout)
        if args.workouts_command == "import":
            return cli_workouts.import_workouts(paths, [Path(path) for path in args.paths], args.json)
        return cli_workouts.print_workouts(paths, args.json)
    if args.command == "start" and args.routine_id is None and not args.suggested:
        print("recoverykit: start needs a ROUTINE_ID (see 'recoverykit routines') or --suggested",
              file=sys.stderr)
        return 2

    if not has_display(os.environ):
        print("recoverykit: no display found: open recoverykit in a desktop session; "
              "'recoverykit history' and the other commands work without one", file=sys.stderr)
        return 1
    from recoverykit import app  # Qt is imported only when a window is wanted

    return app.run(paths, start_routine=getattr(args, "routine_id", None), time_scale=scale,
                   argv=sys.argv[:1] if argv is None else ["recoverykit"],
                   suggested=getattr(args, "suggested", False))


if __name__ == "__main__":
    sys.exit(main())
