"""HTML from outside the site (old portals, pasted documents) cut down to what the rich-text editor allows.

The result is a flat run of blocks the editor can open and save again unchanged: ``p``, ``h2``-``h4``,
``ul``/``ol`` with ``li``, ``blockquote`` and ``hr``; inside them only ``b``, ``i``, ``br`` and
``a href`` (http, https, mailto or a relative address). It is written in Wagtail's rich-text database
format (``<br/>``, ``<hr/>``, external links as plain ``<a href>``), so it can be stored as is.

Scripts, styles and other non-content elements disappear with their text; every other unknown
element is dropped but its text is kept, so nothing an author wrote is lost. Attributes (event
handlers, styles, classes) never survive. Built on the standard library's ``html.parser`` so that
broken markup from old content management systems (unclosed tags, stray end tags) is tolerated.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .text import nfc

# Elements whose content is never text meant for the reader.
_DROP_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "head", "title", "noscript", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "select", "textarea", "button", "applet",
    }
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
     "track", "wbr"}
)
# Elements that start a new block. Headings the editor lacks map to the nearest level it has.
_HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
_LISTS = frozenset({"ul", "ol"})
_BLOCK_CONTAINERS = frozenset(
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure",
        "figcaption", "address", "center", "details", "summary", "form", "fieldset", "dl", "dt",
        "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "body",
        "html",
    }
)
_BLOCKS = frozenset({"p", "blockquote", "hr", "li", *_HEADINGS, *_LISTS, *_BLOCK_CONTAINERS})
# A start tag of one of these closes an open <p>, as browsers do.
_CLOSES_P = _BLOCKS - {"li"}
_INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i"}

_WS_RE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.-]*):")
_ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
_EDGE_BREAKS_RE = re.compile(r"^(?:\s|<br/>)+|(?:\s|<br/>)+$")
_SPACED_BREAK_RE = re.compile(r"\s*<br/>\s*")
# Runs of spaces left where blocks met inside a heading; never inside a tag's attributes.
_DOUBLE_SPACE_RE = re.compile(r" {2,}(?![^<]*>)")


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: stray end tags are ignored, unclosed ones close with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("[document]")
        self.stack = [self.root]
        self.skip_depth = 0  # > 0 while inside an element dropped with its content

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _DROP_WITH_CONTENT:
            if tag not in _VOID:
                self.skip_depth = 1
            return
        if tag in _CLOSES_P and self._open("p"):
            self._close("p")
        if tag == "li":
            self._close_open_li()
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self.skip_depth and self.stack[-1].tag == tag:
            self.stack.pop()
        elif tag not in _VOID and self.skip_depth:
            self.skip_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "p" and not self._open("p"):
            # "</p>" without an opening tag is an empty paragraph in browsers: a break.
            self.stack[-1].children.append(_Element("br"))
            return
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.stack[-1].children.append(data)

    def _open(self, tag: str) -> bool:
        for element in reversed(self.stack[1:]):
            if element.tag == tag:
                return True
            if tag == "p" and element.tag in _BLOCKS:
                return False
        return False

    def _close(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def _close_open_li(self) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            current = self.stack[index].tag
            if current == "li":
                del self.stack[index:]
                return
            if current in _LISTS:
                return


def safe_href(value: str | None) -> str | None:
    """The link target if it is http, https, mailto or relative; None for javascript: and the like."""
    if not value:
        return None
    url = value.strip()
    # Browsers ignore control characters and white space inside a scheme ("jav\tascript:").
    probe = re.sub(r"[\x00-\x20\x7f-\xa0\s]+", "", html.unescape(url)).lower()
    if not probe:
        return None
    match = _SCHEME_RE.match(probe)
    if match and match.group(1) not in _ALLOWED_SCHEMES:
        return None
    return url


def _text(value: str) -> str:
    return html.escape(_WS_RE.sub(" ", nfc(value)), quote=False)


def _tidy_inline(value: str) -> str:
    value = _DOUBLE_SPACE_RE.sub(" ", value)
    value = _SPACED_BREAK_RE.sub("<br/>", value)
    return _EDGE_BREAKS_RE.sub("", value)


def _has_text(value: str) -> bool:
    return bool(re.sub(r"<[^>]*>|\s", "", value))


class _Renderer:
    def flow(self, children: list[_Element | str]) -> list[str]:
        """Blocks for a run of mixed content: loose inline content becomes paragraphs."""
        blocks: list[str] = []
        pending: list[str] = []

        def flush() -> None:
            inline = _tidy_inline("".join(pending).strip())
            pending.clear()
            if _has_text(inline):
                blocks.append(f"<p>{inline}</p>")

        for child in children:
            if isinstance(child, _Element) and child.tag in _BLOCKS:
                flush()
                blocks.extend(self.block(child))
            else:
                pending.append(self.inline(child))
        flush()
        return blocks

    def block(self, element: _Element) -> list[str]:
        tag = element.tag
        if tag == "hr":
            return ["<hr/>"]
        if tag in _HEADINGS:
            level = _HEADINGS[tag]
            content = _tidy_inline(self.inline_children(element.children, " ").strip())
            return [f"<{level}>{content}</{level}>"] if _has_text(content) else []
        if tag == "blockquote":
            content = _tidy_inline(self.inline_children(element.children, "<br/>").strip())
            return [f"<blockquote>{content}</blockquote>"] if _has_text(content) else []
        if tag in _LISTS:
            return self.list(element)
        if tag == "li":
            # A list item outside any list: keep it as a one-item list.
            return self.list(_Element("ul", children=[element]))
        # <p> and every unknown container: their content, split into blocks as needed.
        return self.flow(element.children)

    def list(self, element: _Element) -> list[str]:
        items: list[str] = []
        loose: list[_Element | str] = []

        def flush_loose() -> None:
            if loose:
                item = self.list_item(_Element("li", children=list(loose)))
                loose.clear()
                if item:
                    items.append(item)

        for child in element.children:
            if isinstance(child, _Element) and child.tag == "li":
                flush_loose()
                item = self.list_item(child)
                if item:
                    items.append(item)
            elif isinstance(child, _Element) and child.tag in _LISTS and items:
                # <ul><li>a</li><ul>…</ul></ul>: the nested list belongs to the item before it.
                nested = "".join(self.list(child))
                items[-1] = items[-1][: -len("</li>")] + nested + "</li>"
            else:
                loose.append(child)
        flush_loose()
        tag = element.tag if element.tag in _LISTS else "ul"
        return [f"<{tag}>{''.join(items)}</{tag}>"] if items else []

    def list_item(self, element: _Element) -> str:
        inline_parts: list[_Element | str] = []
        nested: list[str] = []
        for child in element.children:
            if isinstance(child, _Element) and child.tag in _LISTS:
                nested.extend(self.list(child))
            else:
                inline_parts.append(child)
        content = _tidy_inline(self.inline_children(inline_parts, "<br/>").strip())
        if not _has_text(content) and not nested:
            return ""
        return f"<li>{content}{''.join(nested)}</li>"

    def inline_children(self, children: list[_Element | str], block_separator: str) -> str:
        parts: list[str] = []
        for child in children:
            rendered = self.inline(child, block_separator)
            starts_block = isinstance(child, _Element) and child.tag in _BLOCKS and child.tag != "hr"
            if starts_block and _has_text("".join(parts)):
                parts.append(block_separator)
            parts.append(rendered)
        return "".join(parts)

    def inline(self, node: _Element | str, block_separator: str = " ", in_link: bool = False) -> str:
        if isinstance(node, str):
            return _text(node)
        tag = node.tag
        if tag == "br":
            return "<br/>"
        if tag in _VOID:
            return ""
        if tag in _BLOCKS:
            content = self.inline_children(node.children, block_separator)
            return f" {content} " if block_separator == " " else content
        content = "".join(
            self.inline(child, block_separator, in_link or tag == "a") for child in node.children
        )
        if tag in _INLINE_TAGS:
            name = _INLINE_TAGS[tag]
            if not _has_text(content):
                return content
            # Keep the spaces outside the tag so "a<b> b </b>c" stays readable as "a <b>b</b> c".
            stripped = content.strip()
            lead = " " if content[: len(content) - len(content.lstrip())] else ""
            trail = " " if content[len(content.rstrip()) :] else ""
            return f"{lead}<{name}>{stripped}</{name}>{trail}"
        if tag == "a" and not in_link:
            href = safe_href(node.attrs.get("href"))
            if href and _has_text(content):
                return f'<a href="{html.escape(href, quote=True)}">{content}</a>'
            return content
        return content


def sanitize_html(value: str | None) -> str:
    """Rich-text HTML the editor accepts, from any HTML fragment (None or "" → "")."""
    if not value or not value.strip():
        return ""
    builder = _TreeBuilder()
    builder.feed(value)
    builder.close()
    return "".join(_Renderer().flow(builder.root.children))
