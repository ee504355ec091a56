"""Read rules.yaml: YAML with line numbers, ${NAME} substitution, strict validation.

Every problem is reported as `file:line: key.path: what is wrong`, all at once, so the
operator fixes the file in one go. Values are never echoed for secret keys, nor for any
value that came from the environment (it may be a secret whatever its key is called).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from dotenv import dotenv_values
from pydantic import ValidationError

from daemon.errors import ConfigError

from .schema import Config, cross_checks

# ${NAME} inside a YAML flow mapping ({..., password: ${X}}) is not valid YAML, yet the
# contract writes it so. The references are swapped for plain placeholders before YAML
# reads the text (same length of line, same line numbers) and resolved afterwards.
_PLACEHOLDER = re.compile(r"__bpvar(\d+)__")
_VAR = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")
SECRET_KEYS = frozenset({"password", "client_secret", "secret", "token", "database",
                         "certificate_password", "private_key"})

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false.

    YAML 1.1 reads `off`, `no` and `on` as booleans, but the contract writes
    `receipt: off` and means the word.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                              re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _node_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int],
                problems: list[str], filename: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(f"{filename}:{key_node.start_mark.line + 1}: "
                                f"{format_path((*path, key))}: duplicate key")
            seen.add(key)
            _node_lines(value_node, (*path, key), lines, problems, filename)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, (*path, index), lines, problems, filename)


def format_path(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(top)"


class _Substituter:
    """Replaces ${NAME} and ${NAME:-default} in every string of the document."""

    def __init__(self, env: Mapping[str, str | None], filename: str,
                 lines: dict[Path_, int], variables: list[str]) -> None:
        self.env = env
        self.variables = variables
        self.filename = filename
        self.lines = lines
        self.problems: list[str] = []
        self.substituted: set[Path_] = set()

    def __call__(self, value: Any, path: Path_ = ()) -> Any:
        if isinstance(value, dict):
            return {k: self(v, (*path, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, (*path, i)) for i, v in enumerate(value)]
        if isinstance(value, str) and _PLACEHOLDER.search(value):
            self.substituted.add(path)
            return _PLACEHOLDER.sub(
                lambda m: self._lookup(_VAR.fullmatch(self.variables[int(m.group(1))]), path),
                value)
        return value

    def _lookup(self, match: re.Match[str] | None, path: Path_) -> str:
        assert match is not None
        name, default = match.group("name"), match.group("default")
        found = self.env.get(name)
        if found is not None and found != "":
            return found
        if default is not None:
            return default
        self.problems.append(f"{self.filename}:{self.lines.get(path, 0)}: {format_path(path)}: "
                             f"environment variable {name} is not set (nor in .env)")
        return ""


def _line_for(path: Path_, lines: dict[Path_, int]) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def _resolve_loc(loc: tuple[str | int, ...], data: Any) -> Path_:
    """Map a pydantic error location to a path in the document.

    Pydantic puts the discriminator value of a tagged union into the location
    (`source.imap.host`); the operator wrote `source.host`, so that part is dropped.
    """
    path: list[str | int] = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(node, dict):
            if part in node:
                path.append(part)
                node = node[part]
                continue
            if i + 1 < len(loc) and node.get("kind") == part:
                continue  # the union's tag
            path.append(part)
            node = None
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(part, str) and part.startswith(("function-", "tagged-union")):
            continue
        else:
            path.append(part)
            node = None
    return tuple(path)


def _describe(err: Mapping[str, Any], path: Path_, secret: bool) -> str:
    kind = err["type"]
    value = err.get("input")
    shown = "(hidden)" if secret else repr(value)
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"{shown} is not one of {expected}"
    if kind == "union_tag_invalid":
        expected = err.get("ctx", {}).get("expected_tags", "")
        tag = "(hidden)" if secret else repr(err.get("ctx", {}).get("tag"))
        return f"kind {tag} is not one of {expected}"
    message = str(err.get("msg", kind))
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if secret or not isinstance(value, str | int | float | bool):
        return message
    return f"{shown}: {message}"


def read_env(config_path: Path) -> dict[str, str | None]:
    """The environment, with .env beside the config and systemd credentials as fallback."""
    from daemon.systemd import credentials

    env: dict[str, str | None] = {}
    # Lowest first: systemd credentials (LoadCredential=), .env, then the environment.
    env.update(credentials())
    dotenv = config_path.parent / ".env"
    if dotenv.is_file():
        env.update(dotenv_values(dotenv))
    env.update(os.environ)
    return env


def load_config(path: str | os.PathLike[str], env: Mapping[str, str | None] | None = None
                ) -> Config:
    """Load and validate a rules.yaml. Raises ConfigError listing every problem."""
    config_path = Path(path)
    filename = str(path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([f"{filename}: cannot read: {exc.strerror}"]) from None
    except UnicodeDecodeError:
        raise ConfigError([f"{filename}: not UTF-8 text"]) from None
    variables: list[str] = []

    def _hide(match: re.Match[str]) -> str:
        variables.append(match.group(0))
        return f"__bpvar{len(variables) - 1}__"

    text = _VAR.sub(_hide, text)
    try:
        node = yaml.compose(text, Loader=_Loader)
        raw = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError([f"{filename}:{line}: {problem}"]) from None
    if not isinstance(raw, dict) or node is None:
        raise ConfigError([f"{filename}:1: the file must be a mapping of keys"])

    lines: dict[Path_, int] = {}
    problems: list[str] = []
    _node_lines(node, (), lines, problems, filename)
    substitute = _Substituter(env if env is not None else read_env(config_path),
                              filename, lines, variables)
    data = substitute(raw)
    problems += substitute.problems
    try:
        config = Config.model_validate(data, context={"base_dir": config_path.parent})
    except ValidationError as exc:
        for err in exc.errors():
            where = _resolve_loc(tuple(err["loc"]), data)
            secret = (where in substitute.substituted
                      or any(isinstance(p, str) and p in SECRET_KEYS for p in where))
            problems.append(f"{filename}:{_line_for(where, lines)}: {format_path(where)}: "
                            f"{_describe(err, where, secret)}")
        raise ConfigError(problems) from None
    for where, what in cross_checks(config):
        problems.append(f"{filename}:{_line_for(where, lines)}: {format_path(where)}: {what}")
    if problems:
        raise ConfigError(problems)
    return config.model_copy(update={"source_path": config_path.resolve()})
