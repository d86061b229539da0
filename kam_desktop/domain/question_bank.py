"""The research question bank used to build an account growth plan.

The bank ships as ``resources/question_bank.json``: 57 questions in 8 categories. Each
question lists the plan rigour levels ("light", "standard", "deep") that include it, so
the same bank serves a quick plan for a lighter account and an in-depth plan for a
critical one.

Every text is in English (``text``, ``hint``, ...) and may have an Italian version
(``text_it``, ``hint_it``, ...). The attributes ``text``, ``hint``, ``ask_customer``, ``title``
and ``description`` give the version in the language in force (``i18n.language()``, which an
export in another language sets for its own work), falling back to English.

Pure Python (stdlib only), so the store, the services and the UI can all use it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kam_desktop.i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, language
from kam_desktop.locations import resources_dir

RIGOUR_LEVELS: Final[tuple[str, ...]] = ("light", "standard", "deep")
"""Plan rigour levels, lightest first."""

_QUESTION_ID = re.compile(r"^Q\d\d$")


class QuestionBankError(ValueError):
    """The question bank file is missing required data or is malformed."""


Texts = Mapping[str, str]
"""One text in several languages: {"en": ..., "it": ...}; English is always there."""


def _in_language(texts: Texts, lang: str | None = None) -> str:
    return texts.get(lang or language()) or texts.get(SOURCE_LANGUAGE, "")


@dataclass(frozen=True)
class Category:
    id: int
    key: str
    titles: Texts = field(hash=False)
    descriptions: Texts = field(hash=False)

    @property
    def title(self) -> str:
        return _in_language(self.titles)

    @property
    def description(self) -> str:
        return _in_language(self.descriptions)


@dataclass(frozen=True)
class Question:
    id: str
    category: int
    texts: Texts = field(hash=False)
    hints: Texts = field(hash=False)
    rigour: frozenset[str] = frozenset()
    asks: Texts = field(hash=False, default_factory=dict)
    """How to put the question to the customer, in their words; empty = an internal planning
    question that is never offered as a question to ask the customer."""

    @property
    def text(self) -> str:
        return _in_language(self.texts)

    @property
    def hint(self) -> str:
        return _in_language(self.hints)

    @property
    def ask_customer(self) -> str:
        return _in_language(self.asks)

    def text_in(self, lang: str) -> str:
        """The question in ``lang`` (English if it has no version in that language)."""
        return _in_language(self.texts, lang)

    @property
    def askable(self) -> bool:
        return bool(self.asks.get(SOURCE_LANGUAGE))

    def included_in(self, rigour: str) -> bool:
        """True if a plan of the given rigour level includes this question."""
        return rigour in self.rigour


@dataclass(frozen=True)
class QuestionBank:
    categories: tuple[Category, ...]
    questions: tuple[Question, ...]

    def for_rigour(self, rigour: str) -> tuple[Question, ...]:
        """The questions a plan of the given rigour level includes, in bank order."""
        if rigour not in RIGOUR_LEVELS:
            raise ValueError(f"unknown rigour level {rigour!r}; expected one of {', '.join(RIGOUR_LEVELS)}")
        return tuple(q for q in self.questions if rigour in q.rigour)

    def by_id(self, qid: str) -> Question:
        """The question with this id; ``KeyError`` if there is none."""
        for question in self.questions:
            if question.id == qid:
                return question
        raise KeyError(qid)

    def category(self, cid: int) -> Category:
        """The category with this id; ``KeyError`` if there is none."""
        for category in self.categories:
            if category.id == cid:
                return category
        raise KeyError(cid)

    def in_category(self, cid: int) -> tuple[Question, ...]:
        """The questions of one category, in bank order (empty if it has none)."""
        return tuple(q for q in self.questions if q.category == cid)


def load_question_bank(path: Path | None = None) -> QuestionBank:
    """Load and validate the question bank.

    With no ``path``, loads the shipped ``question_bank.json`` from the resources
    folder (cached after the first call). Raises ``QuestionBankError`` (a
    ``ValueError``) if the file is malformed.
    """
    if path is None:
        return _load_default()
    return _load(path)


@functools.lru_cache(maxsize=1)
def _load_default() -> QuestionBank:
    return _load(resources_dir() / "question_bank.json")


def _load(path: Path) -> QuestionBank:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QuestionBankError(f"question bank {path} is not valid JSON: {exc}") from exc
    try:
        return parse_question_bank(raw)
    except QuestionBankError as exc:
        raise QuestionBankError(f"question bank {path}: {exc}") from exc


def parse_question_bank(raw: Any) -> QuestionBank:
    """Build a validated ``QuestionBank`` from already-decoded JSON data."""
    if not isinstance(raw, Mapping):
        raise QuestionBankError("top level must be a JSON object")
    categories = _parse_categories(raw.get("categories"))
    known = {c.id for c in categories}
    questions = _parse_questions(raw.get("questions"), known)
    return QuestionBank(categories=categories, questions=questions)


def _parse_categories(raw: Any) -> tuple[Category, ...]:
    if not isinstance(raw, list) or not raw:
        raise QuestionBankError("'categories' must be a non-empty list")
    categories: list[Category] = []
    seen_ids: set[int] = set()
    seen_keys: set[str] = set()
    for index, item in enumerate(raw):
        where = f"category #{index + 1}"
        if not isinstance(item, Mapping):
            raise QuestionBankError(f"{where} must be a JSON object")
        cid = item.get("id")
        if not isinstance(cid, int) or isinstance(cid, bool):
            raise QuestionBankError(f"{where} has no integer 'id'")
        where = f"category {cid}"
        key = _required_text(item, "key", where)
        title = _texts(item, "title", where, required=True)
        description = _texts(item, "description", where)
        if cid in seen_ids:
            raise QuestionBankError(f"duplicate category id {cid}")
        if key in seen_keys:
            raise QuestionBankError(f"duplicate category key {key!r}")
        seen_ids.add(cid)
        seen_keys.add(key)
        categories.append(Category(id=cid, key=key, titles=title, descriptions=description))
    return tuple(categories)


def _parse_questions(raw: Any, known_categories: set[int]) -> tuple[Question, ...]:
    if not isinstance(raw, list) or not raw:
        raise QuestionBankError("'questions' must be a non-empty list")
    questions: list[Question] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"question #{index + 1}"
        if not isinstance(item, Mapping):
            raise QuestionBankError(f"{where} must be a JSON object")
        qid = _required_text(item, "id", where)
        where = f"question {qid}"
        if not _QUESTION_ID.match(qid):
            raise QuestionBankError(f"{where}: id must look like 'Q01'")
        if qid in seen:
            raise QuestionBankError(f"duplicate question id {qid!r}")
        seen.add(qid)
        category = item.get("category")
        if not isinstance(category, int) or isinstance(category, bool):
            raise QuestionBankError(f"{where}: 'category' must be an integer")
        if category not in known_categories:
            raise QuestionBankError(f"{where}: unknown category {category}")
        questions.append(
            Question(
                id=qid,
                category=category,
                texts=_texts(item, "text", where, required=True),
                hints=_texts(item, "hint", where),
                rigour=_parse_rigour(item.get("rigour"), where),
                asks=_texts(item, "ask_customer", where),
            )
        )
    return tuple(questions)


def _parse_rigour(raw: Any, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not raw:
        raise QuestionBankError(f"{where}: 'rigour' must be a non-empty list")
    levels: set[str] = set()
    for value in raw:
        if not isinstance(value, str) or value not in RIGOUR_LEVELS:
            raise QuestionBankError(
                f"{where}: unknown rigour level {value!r}; expected any of {', '.join(RIGOUR_LEVELS)}"
            )
        levels.add(value)
    return frozenset(levels)


def _texts(item: Mapping[str, Any], field: str, where: str, *, required: bool = False) -> Texts:
    """``field`` (English) and ``field_<lang>`` for the other languages, as {lang: text}."""
    english = _required_text(item, field, where) if required else _optional_text(item, field, where)
    texts = {SOURCE_LANGUAGE: english}
    for lang in SUPPORTED_LANGUAGES:
        if lang != SOURCE_LANGUAGE:
            other = _optional_text(item, f"{field}_{lang}", where)
            if other:
                texts[lang] = other
    return texts


def _required_text(item: Mapping[str, Any], field: str, where: str) -> str:
    value = item.get(field)
    if not isinstance(value, str) or not value.strip():
        raise QuestionBankError(f"{where}: '{field}' must be non-empty text")
    return value.strip()


def _optional_text(item: Mapping[str, Any], field: str, where: str) -> str:
    value = item.get(field, "")
    if not isinstance(value, str):
        raise QuestionBankError(f"{where}: '{field}' must be text")
    return value.strip()
