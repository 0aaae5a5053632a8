"""Offline text search for Chinese and English math text: a tokenizer and a small BM25 index.

Chinese is segmented with jieba (whole words such as 等差数列) and also split into character
bigrams (robust to segmentation mistakes and unseen terms); English is lower-cased words; LaTeX
commands become words (`\\sin` -> sin); a synonym table adds concept tokens (`@monotonic` for 单调,
递增, "increasing", …) so Chinese and English texts meet. No model, no network.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path

import jieba
import yaml

SYNONYMS_FILE = Path(__file__).resolve().parent / "data" / "retrieval" / "synonyms.yaml"
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATEX_CMD = re.compile(r"\\([A-Za-z]+)")
_WORD = re.compile(r"[a-z]_\{?[a-z0-9]|[a-z][a-z]+")  # words, and subscripted terms like a_n
_EXPONENT = re.compile(r"\^\{?(-?\d+|[a-z])")
# Shapes of formulas that name a topic even without words: 3-2i, e^x, A(1,2,3), (1,2).
_SHAPES = (
    (re.compile(r"[\d+\-(]\s*i(?![A-Za-z_])"), "@complex"),
    (re.compile(r"(?<![A-Za-z\\])e\^"), "@exponential"),
    (re.compile(r"\(\s*-?[\d.]+\s*,\s*-?[\d.]+\s*,\s*-?[\d.]+\s*\)"), "@point3d"),
    (re.compile(r"\(\s*-?[\d.]+\s*,\s*-?[\d.]+\s*\)"), "@point2d"),
)
# LaTeX layout commands and English words that carry no topic.
_STOP = frozenset(
    "frac dfrac tfrac left right mathbf mathrm mathbb text quad qquad dots cdots ldots cdot displaystyle "
    "begin end the a an of and or to is are be in on for with by as at it its this that then find what "
    "which how given let if value values show prove does do from into each all any when where there "
    "are can has have we you your than into".split()
)
_CJK_STOP = frozenset(
    "的 了 和 与 及 是 在 为 则 求 已知 设 若 中 上 下 其 所 且 把 将 对 由 该 这 那 个 值".split()
)


@functools.lru_cache(maxsize=1)
def _synonyms() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """(CJK term -> concept, ASCII word -> concept, ASCII phrase -> concept) from the synonym file."""
    doc = yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8"))
    cjk, words, phrases = {}, {}, []
    for concept, terms in doc["groups"].items():
        for term in terms:
            term = str(term)
            if _CJK_RUN.search(term):
                cjk[term] = concept
            elif " " in term:
                phrases.append((term.lower(), concept))
            else:
                words[term.lower()] = concept
    return cjk, words, phrases


@functools.lru_cache(maxsize=1)
def _segmenter() -> jieba.Tokenizer:
    """A private jieba tokenizer (not the global one) that knows the synonym table's Chinese terms."""
    jieba.setLogLevel(logging.WARNING)
    seg = jieba.Tokenizer()
    for term in _synonyms()[0]:
        seg.add_word(term, freq=2000)
    return seg


def tokenize(text: str) -> list[str]:
    """Turn Chinese/English/LaTeX text into search tokens.

    >>> toks = tokenize("判断函数 $f(x)=\\\\sin x$ 的单调性 (monotonic)")
    >>> "单调" in toks and "sin" in toks and "@monotonic" in toks and "@trig" in toks
    True
    """
    cjk_terms, word_terms, phrases = _synonyms()
    lower = text.lower()
    tokens: list[str] = []
    ascii_words = _LATEX_CMD.findall(text) + _WORD.findall(_LATEX_CMD.sub(" ", lower))
    for word in ascii_words:
        word = word.lower().replace("{", "")
        if word not in _STOP:
            tokens.append(_stem(word))
        if word in word_terms:
            tokens.append("@" + word_terms[word])
    if "'" in text or "prime" in lower:  # f'(x): a derivative
        tokens.append("@derivative")
    tokens += ["^" + e for e in _EXPONENT.findall(lower)]  # x^2 vs x^3 vs 2^x tells topics apart
    tokens += [token for pattern, token in _SHAPES if pattern.search(text)]
    for run in _CJK_RUN.findall(text):
        tokens += [w for w in _segmenter().lcut(run) if w.strip() and w not in _CJK_STOP]
        tokens += [run[i : i + 2] for i in range(len(run) - 1)]
    for term, concept in cjk_terms.items():
        if term in text:
            tokens.append("@" + concept)
    tokens += ["@" + concept for phrase, concept in phrases if phrase in lower]
    return tokens


def _stem(word: str) -> str:
    """A light English stemmer (increasing, increases, increase -> increas; sequences -> sequenc)."""
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


class TextIndex:
    """BM25 (Okapi, k1=1.5, b=0.75) over a fixed set of documents keyed by any hashable id."""

    def __init__(
        self,
        documents: Mapping[Hashable, str] | Iterable[tuple[Hashable, str]],
        k1: float = 1.5,
        b: float = 0.75,
    ):
        items = list(documents.items()) if isinstance(documents, Mapping) else list(documents)
        self.ids = [doc_id for doc_id, _ in items]
        self._tf = [Counter(tokenize(text)) for _, text in items]
        self._len = [sum(tf.values()) for tf in self._tf]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 0.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(items)
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.k1, self.b = k1, b

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, query: str, exclude: Iterable[Hashable] = ()) -> list[tuple[Hashable, float]]:
        """Every document with a positive score for `query`, best first (ties keep index order)."""
        q = Counter(tokenize(query))
        skip = set(exclude)
        out = []
        for i, tf in enumerate(self._tf):
            if self.ids[i] in skip:
                continue
            norm = self.k1 * (1 - self.b + self.b * self._len[i] / (self._avg or 1))
            s = sum(
                self._idf[t] * tf[t] * (self.k1 + 1) / (tf[t] + norm) * min(qn, 2)
                for t, qn in q.items()
                if t in tf
            )
            if s > 0:
                out.append((self.ids[i], s))
        out.sort(key=lambda item: -item[1])
        return out

    def search(
        self, query: str, k: int = 5, exclude: Iterable[Hashable] = ()
    ) -> list[tuple[Hashable, float]]:
        """The `k` best documents for `query` with their BM25 scores."""
        return self.scores(query, exclude)[:k]
