"""Danish lemmas from simplemma, read through its low-memory dictionary.

simplemma's default dictionary factory unpacks the whole Danish table into a dict:
about 100 MB, a third of the daemon's resident memory (issue 5 sets 300 MB). Its
low-memory strategy reads the compressed front-coded table through a block index
(about 11 MB) and gives the same lemmas (tests/test_lemmas.py compares the two);
lookups are cached here, so its slower lookup costs nothing on repeated words.
"""

from __future__ import annotations

from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy

_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(low_memory=True))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lower-case lemma of a Danish word, or the word itself (lower case)."""
    if not word or not any(c.isalpha() for c in word):
        return word.lower()
    try:
        return str(_LEMMATIZER.lemmatize(word, lang="da")).lower()
    except Exception:   # simplemma refuses odd input (over-long tokens): keep the word
        return word.lower()
