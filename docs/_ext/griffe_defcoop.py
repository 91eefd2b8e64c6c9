"""A griffe extension that lets defcoop's docstrings render well in the API reference.

The docstrings are written for readers of the source and of ``help()`` as much as for the site:

- ``Example:`` (what ruff's google convention and the project use) is read by griffe as an admonition, so its
  doctest would render as prose; it is renamed ``Examples:`` before parsing, which griffe renders as code.
- Sphinx-style roles (``:func:`get```, ``:class:`~defcoop.models.Article```) become cross-references to the
  documented object (optional ones: a name that is not rendered, such as a private module, stays code).

Loaded by ``mkdocs.yml`` (``plugins.mkdocstrings.handlers.python.options.extensions``); not part of the package.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_EXAMPLE_HEADING = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.M)
_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|attr|mod|data|exc|obj|const|term):`(?P<tilde>~?)(?P<target>[\w.]+)(?P<call>\(\))?`")


def _resolve(obj: griffe.Object, target: str) -> str | None:
    """Return the full path of ``target`` as seen from ``obj``'s scope, or None."""
    if target.startswith("defcoop"):
        return target
    head, _, rest = target.partition(".")
    scopes: list[griffe.Object] = [obj]
    parent = obj.parent
    while parent is not None:
        scopes.append(parent)
        parent = parent.parent
    for scope in scopes:
        try:
            found = scope.resolve(head)
        except (griffe.NameResolutionError, AttributeError):  # pragma: no cover - depends on the object kind
            continue
        return f"{found}.{rest}" if rest else found
    return None


def rewrite(text: str, obj: griffe.Object) -> str:
    """Rewrite one docstring: ``Example:`` sections and Sphinx roles (see the module docstring)."""
    text = _EXAMPLE_HEADING.sub(r"\g<indent>Examples:", text)

    def role(m: re.Match[str]) -> str:
        target = m["target"]
        shown = target.rsplit(".", 1)[-1] if m["tilde"] else target
        shown += m["call"] or ""
        full = _resolve(obj, target)
        private = any(part.startswith("_") and not part.startswith("__") for part in target.split("."))
        if full is None or private:
            return f"`{shown}`"
        return f'<autoref identifier="{full}" optional><code>{shown}</code></autoref>'

    return _ROLE.sub(role, text)


class DefcoopDocstrings(griffe.Extension):
    """Rewrite each docstring as it is loaded, before griffe parses it."""

    def on_instance(self, *, node: ast.AST | griffe.ObjectNode, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of every loaded object."""
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value, obj)
