"""From what someone typed to the candidate matches that together rank the results.

Every engine runs the same candidates; a page's score is the weighted sum of the candidates it
matches. The weights encode the ranking rules of the site:

* a whole document number or person's name beats anything else;
* words in the user's own diacritics beat words that match only once folded;
* the words as a phrase beat the words scattered;
* in the title beats in the body.

Candidates carry words only (letters and digits, see ``search.text``): an engine quotes each
one, so nothing a person types is ever read as query syntax.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directives.numbers import TypeName, parse_number_query

from .text import MAX_TOKENS, compact, doc_types, fold_token, number_parts, tokens

EXACT = ("title", "keys", "body")
FOLDED = ("title_folded", "keys_folded", "body_folded")


@dataclass(frozen=True)
class Candidate:
    """One way of matching: ``terms`` as a phrase, all of them, any of them, or as prefixes."""

    name: str
    weight: float
    columns: tuple[str, ...]
    terms: tuple[str, ...]
    mode: str = "phrase"  # "phrase" | "all" | "most" (all but one) | "any" | "prefix"
    # False for one compact token (a whole number or name): it matches few pages, so the engine
    # may always rank all of them.
    wide: bool = True


@dataclass
class Plan:
    """The candidates of a query; ``base`` are those whose union is the set of results."""

    candidates: list[Candidate] = field(default_factory=list)
    base: list[Candidate] = field(default_factory=list)
    partial: Candidate | None = None
    fallback: Candidate | None = None

    @property
    def empty(self) -> bool:
        return not self.base


def _number_candidate(query: str) -> Candidate | None:
    types = [TypeName(pk=i, name=t.name, abbreviation=t.abbreviation) for i, t in enumerate(doc_types())]
    parsed = parse_number_query(query, types)
    if parsed is None:
        return None
    words: list[str] = []
    if parsed.doc_type is not None:
        words += [fold_token(word) for word in tokens(parsed.doc_type.name)]
    words += number_parts(parsed.key)
    if parsed.has_symbol and parsed.doc_type is None:
        words = [compact(words)]
    return Candidate("number", 10, ("keys_folded",), tuple(words))


def plan(query: str) -> Plan:
    exact = tuple(tokens(query)[:MAX_TOKENS])
    folded = tuple(fold_token(word) for word in exact)
    result = Plan()
    if not exact:
        return result
    whole = Candidate("whole", 10, ("keys_folded",), (compact(folded),), wide=False)
    mention = Candidate("mention", 3, ("body_folded",), (compact(folded),), wide=False)
    all_folded = Candidate("all_folded", 3, FOLDED, folded, "all")
    result.base = [all_folded]
    if len(exact) > 1 or any(ch.isdigit() for ch in exact[0]):
        # One word is a whole name or number only when it carries a figure ("812", "45khubnd").
        result.base.append(whole)
    if len(exact) > 1:
        result.base.append(mention)
    distinct = tuple(dict.fromkeys(folded))
    number = _number_candidate(query)
    if len(distinct) >= 3 and number is None:
        # Long queries also find pages that miss one word, ranked below the complete matches;
        # the engine asks for them only when complete matches are few (see ``partial``). Not
        # for a document number: one missing part is another document ("749/CT-UBND" is not
        # every CT-UBND), and its common parts would match most of the library.
        result.partial = Candidate("most_folded", 1, FOLDED, distinct, "most")
    if number is not None:
        result.base.append(number)
    # Typed without any mark, a query has no diacritics of its own to prefer: the exact-form
    # candidates would only cost time.
    marked = exact != folded
    result.candidates = [*result.base, Candidate("title_folded", 4, ("title_folded",), folded)]
    if marked:
        result.candidates += [
            Candidate("all_exact", 3, EXACT, exact, "all"),
            Candidate("title_exact", 3, ("title",), exact),
        ]
        if whole in result.base:
            result.candidates.append(Candidate("whole_exact", 2, ("keys",), (compact(exact),), wide=False))
    if len(exact) > 1:
        result.candidates.append(Candidate("phrase_folded", 5, FOLDED, folded))
        if marked:
            result.candidates.append(Candidate("phrase_exact", 6, EXACT, exact))
    result.fallback = Candidate("any_folded", 1, FOLDED, folded, "any")
    return result


def prefix_terms(prefix: str) -> tuple[str, ...]:
    """Folded words of an unfinished query; the last one is matched as a prefix."""
    return tuple(fold_token(word) for word in tokens(prefix)[:MAX_TOKENS])
