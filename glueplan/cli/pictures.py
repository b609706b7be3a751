"""``glueplan screenshot`` and ``glueplan poses``: pictures of the window and of the exercise figures."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from glueplan.cli.terminal import EXIT_OK, cannot_write, command
from glueplan.domain.language import Language


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    screenshot = command(commands, "screenshot", _screenshot, writes=("out",), parents=[common],
                         help="render the main window to a PNG, offscreen, on a throwaway database")
    screenshot.add_argument("--out", required=True, metavar="FILE.png")
    screenshot.add_argument("--view", choices=["library", "map", "calendar", "log", "charts"], default="map")
    screenshot.add_argument("--template", metavar="ID", help="start this built-in program first (seed-000, seed-002)")
    screenshot.add_argument("--size", default="1600x1000", metavar="WIDTHxHEIGHT")

    poses = command(commands, "poses", _poses, writes=("sheet",), parents=[common],
                    help="the exercise illustrations")
    poses.add_argument("--sheet", required=True, metavar="FILE.png",
                       help="write a contact sheet: every exercise's start and end pose, named")


def _screenshot(args: argparse.Namespace, language: Language) -> int:
    from glueplan.domain.templates import builtin_templates
    from glueplan.ui.screenshot import take_screenshot

    size = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if size is None:
        args.usage.error(f"--size must be WIDTHxHEIGHT in pixels, such as 1600x1000, not {args.size!r}")
    if args.template is not None and args.template not in builtin_templates():
        args.usage.error(f"--template must be one of {', '.join(builtin_templates())}, not {args.template!r}")
    take_screenshot(Path(args.out), args.view, args.template, language, (int(size[1]), int(size[2])))
    return EXIT_OK


def _poses(args: argparse.Namespace, language: Language) -> int:
    from glueplan.ui.illustration.contact_sheet import write_contact_sheet

    try:
        write_contact_sheet(Path(args.sheet), language)
    except OSError as error:
        return cannot_write(args.sheet, error, language)
    return EXIT_OK
