"""A griffe extension that lets defcoop's docstrings render well in the API reference.

The docstrings are written for readers of the source and of ``help()`` as much as for the site:

- ``Example:`` (what ruff's google convention and the project use) is read by griffe as an admonition, so its
  doctest would render as prose; it is renamed ``Examples:`` before parsing, which griffe renders as code.
- Sphinx-style roles (``:func:`get```, ``:class:`~defcoop.models.Article```) become cross-references to the
  documented object (optional ones: a name that is not rendered, such as a private module, stays code).
- reStructuredText that Markdown would show raw becomes Markdown: ``.. code-block:: python`` blocks and
  ``Text::`` literal blocks become fenced code, simple tables become Markdown tables, and ```Text <url>`_``
  links become ``[Text](url)``.

Loaded by ``mkdocs.yml`` (``plugins.mkdocstrings.handlers.python.options.extensions``); not part of the package.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_EXAMPLE_HEADING = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.M)
_RST_LINK = re.compile(r"`(?P<text>[^`<>]+?) <(?P<url>[^`<>\s]+)>`__?")
_CODE_BLOCK = re.compile(r"(?P<indent>[ \t]*)\.\. (?:code-block|code|sourcecode)::[ \t]*(?P<lang>\w*)[ \t]*")
_ROLE = re.compile(
    r":(?:py:)?(?:func|class|meth|attr|mod|data|exc|obj|const|term):`"
    r"(?:(?P<title>[^`<>]+?)[ \t]*<(?P<titled>[\w.]+)>|(?P<tilde>~?)(?P<target>[\w.]+)(?P<call>\(\))?)`"
)
_TABLE_RULE = re.compile(r"[ \t]*=+(?:[ \t]+=+)+[ \t]*")


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


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def _fence_literal_blocks(text: str) -> str:
    """Turn ``.. code-block:: lang`` directives and ``::``-introduced literal blocks into fenced code."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        directive = _CODE_BLOCK.fullmatch(line)
        literal = line.rstrip().endswith("::") and not line.strip().startswith("..") and line.strip() != "::"
        if not (directive or literal):
            out.append(line)
            i += 1
            continue
        base = _indent_of(line)
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j == len(lines) or _indent_of(lines[j]) <= base:
            out.append(line)  # not followed by an indented block: leave it alone
            i += 1
            continue
        k = j
        body: list[str] = []
        while k < len(lines) and (not lines[k].strip() or _indent_of(lines[k]) > base):
            body.append(lines[k])
            k += 1
        while body and not body[-1].strip():
            body.pop()
        inner = min(_indent_of(b) for b in body if b.strip())
        pad = " " * base
        if directive:
            lang = directive["lang"] or "python"
        else:
            out.append(line.rstrip()[:-1])  # "Text::" reads "Text:"
            out.append("")
            lang = "python"
        out.append(f"{pad}```{lang}")
        out.extend(pad + b[inner:] if b.strip() else "" for b in body)
        out.append(f"{pad}```")
        out.append("")
        i = k
    return "\n".join(out)


def _cells(line: str, starts: list[int]) -> list[str]:
    bounds = [*starts[1:], max(len(line), starts[-1]) + 1]
    return [line[a:b].strip() for a, b in zip(starts, bounds, strict=True)]


def _markdown_tables(text: str) -> str:
    """Turn reST simple tables (``=====  =====`` rules, a header, rows) into Markdown tables."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_TABLE_RULE.fullmatch(lines[i]) and i + 2 < len(lines) and _TABLE_RULE.fullmatch(lines[i + 2])):
            out.append(lines[i])
            i += 1
            continue
        rule = lines[i]
        starts = [m.start() for m in re.finditer(r"=+", rule)]
        pad = rule[: len(rule) - len(rule.lstrip())]
        header = _cells(lines[i + 1], starts)
        rows: list[list[str]] = []
        j = i + 3
        while j < len(lines) and not _TABLE_RULE.fullmatch(lines[j]):
            if lines[j].strip():
                cells = _cells(lines[j], starts)
                if rows and not cells[0]:  # a continuation line: extend the previous row's cells
                    rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
                else:
                    rows.append(cells)
            j += 1
        out.append(pad + "| " + " | ".join(header) + " |")
        out.append(pad + "|" + " --- |" * len(header))
        out.extend(pad + "| " + " | ".join(r) + " |" for r in rows)
        i = j + 1
    return "\n".join(out)


def rewrite(text: str, obj: griffe.Object) -> str:
    """Rewrite one docstring: ``Example:`` sections, Sphinx roles and reST markup (see the module docstring)."""
    text = _EXAMPLE_HEADING.sub(r"\g<indent>Examples:", text)
    text = _markdown_tables(text)
    text = _fence_literal_blocks(text)
    text = _RST_LINK.sub(r"[\g<text>](\g<url>)", text)

    def role(m: re.Match[str]) -> str:
        if m["titled"]:
            target, shown = m["titled"], m["title"]
        else:
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
