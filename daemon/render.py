"""Jinja2 templates (templates/ in the project root): Danish, strict, escaped for HTML."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from daemon.core.workdays import format_date_da, format_weekday_date_da

TEMPLATES = Path(os.environ.get("BORGERPOST_TEMPLATES",
                                Path(__file__).resolve().parent.parent / "templates"))


@lru_cache(maxsize=4)
def environment(directory: str = str(TEMPLATES)) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        # A missing variable is a bug, never an empty gap in a letter to a citizen.
        undefined=jinja2.StrictUndefined,
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["date_da"] = format_date_da
    env.filters["weekday_date_da"] = format_weekday_date_da
    return env


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
