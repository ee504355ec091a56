"""Presidio wiring: an offline Danish NLP engine and the Danish recognizers.

Presidio's ``SpacyNlpEngine.load`` downloads a model when it is missing; ours builds
``spacy.blank("da")`` (tokenizer only) plus a lemmatizer component backed by simplemma,
so nothing is ever downloaded.  Lemmas feed Presidio's ``LemmaContextAwareEnhancer``
(positive context words) and the lexicon recognizer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import spacy
from presidio_analyzer import (
    AnalysisExplanation,
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from classifiers.sensitive import cpr, partners
from classifiers.sensitive.context import (
    belief_ethnicity_orientation,
    care_and_money,
    core,
    no_one,
    property_trade,
    union,
)
from classifiers.sensitive.lexicon import PERSONAL, STRONG, WEAK, Lexicon, lemma

LANGUAGE = "da"

ENTITY_OF = {
    "cpr": "DK_CPR",
    "health": "DK_HEALTH",
    "economy_social": "DK_ECONOMY_SOCIAL",
    "property_trade": "DK_PROPERTY_TRADE",
    "ethnicity": "DK_ETHNICITY",
    "sexual_orientation": "DK_SEXUAL_ORIENTATION",
    "belief": "DK_BELIEF",
    "union": "DK_UNION",
}
CATEGORY_OF = {v: k for k, v in ENTITY_OF.items()}

# Scores.  A CPR-shaped number with a real, past date is reported on its own (0.5-0.65);
# the threshold is 0.45 (``SensitiveSettings.min_score``).  Context adds 0.35 (Presidio).
CPR_SCORE_MOD11 = 0.65
CPR_SCORE_NO_MOD11 = 0.55  # numbers issued since 2007 may fail modulus 11 and are valid
CPR_SCORE_NEGATIVE = 0.05  # a phone, account, invoice... word just before the number
LEX_SCORE = {STRONG: 0.7, PERSONAL: 0.6, WEAK: 0.3}
LEX_SCORE_IMPERSONAL = 0.3  # a ``personal`` term in a sentence about no one
PARTNER_SCORE = 0.6  # a partner of the writer's own sex ("min mand" signed by a man)

# Context words for CPR (issue 3); matched as substrings of the lemmas before the number.
CPR_CONTEXT = [
    "cpr", "personnummer", "personnr", "person-nr", "pers.nr", "fødselsdato",
    "født", "fødselsnummer", "personnummeret", "cpr-nummer", "sygesikring",
    # The plural too: "personnumre" ends in a number word and was read as a label of
    # some other number ("vores personnumre til købsaftalen. mig: 2907721176").
    "personnumre",
]
# Negative context (issue 3): a word that starts with one of these stems close before
# the number makes it a phone, account, invoice, order, customer, case, journal,
# production-unit, company, EAN, licence, meter, contract or membership number, or a
# date and time.  Checked locally: the last few words before this one number on its
# line (and a label right after it, see ``negative_context_after``), never the whole
# message.
CPR_NEGATIVE_STEMS = (
    "tlf", "telefon", "mobil", "mob.", "fax", "konto", "reg.", "reg-", "regnr",
    "registreringsn", "faktura", "fakt.", "ordre", "kunde", "sagsnr", "sagsnummer",
    "sags-nr", "sags.nr", "sagsid", "j.nr", "jnr", "j-nr", "journalnr", "journalnummer",
    "journal-nr", "p-nr", "pnr", "p.nr", "p-nummer", "cvr", "se-nr", "ean", "varenr",
    "varenummer", "bestillingsn", "ref.", "refnr", "reference", "bilag", "policen",
    "policenr", "betalingsid", "kvittering", "abonnement", "nummerplade", "tracking",
    "pakkenummer", "medlemsn", "medlemsnr", "licens", "måler", "aftalen", "kontrakt",
    "serien", "billet", "booking", "forbrugern", "installationsn", "regning", "opgørelse",
    "lejemål", "lejern", "tilladelse", "bevisn", "kortn", "dato", "klokken", "tidspunkt",
    "produktionsenhed", "fi-kode", "kreditor", "ordrer", "leverance", "levering",
    # Round 18, the field of numbers that things carry, enumerated: parcels and
    # payments, bookings, staff and insurance numbers, vehicles, land registry, places
    # and rooms, devices, logins and bank codes, utility metering points.
    "sporing", "forsendelse", "stregkode", "transaktion", "overførsel", "reservation",
    "ticket", "lånern", "lånernr", "medarbejdern", "medarbejdernr", "lønnr", "løn-nr",
    "lønnummer", "skadesn", "skadenr", "skadenummer", "skadesag", "anmeldelsesn",
    "stelnummer", "stelnr", "vognnr", "vognnummer", "matrikel", "ejendomsn", "ejendomsnr",
    "bfe", "vejkode", "pladsn", "pladsnr", "værelse", "imei", "modeln", "modelnr",
    "bruger-id", "brugerid", "brugernavn", "brugernr", "brugernummer", "login", "mitid",
    "nemid", "iban", "swift", "bic", "girokonto", "aftagen", "målepunkt", "gsrn", "kundeid",
    # Round 22: English labels, from firms abroad ("our invoice 0804891277", "account
    # no.", "order ref.", "customer id").
    "invoice", "account", "order", "customer",
    # Round 24: an insurance policy carries its own number ("policy number 0403942211",
    # "min police 0403942211", "policenummer"); Danish "politi" is spelled with a t.
    "polic",
    # Session 18: more English labels ("My library card number is 2212937745", "phone
    # 4512345678").
    "library", "phone", "mobile", "membership",
    # Session 19: identity papers carry their own numbers ("pasnummer", "passport no.",
    # "residence card").  Not "opholdskort": "skal have nyt opholdskort. Nummer: <cpr>"
    # gives the person's number (ind56-231); a residence card's own number is written
    # with its country code (_COUNTRY_CODE_BEFORE_RE).
    "pasnummer", "pasnr", "pas-nr", "passport", "residence",
)
# Heads of compounds that label a number ("elmåler", "parkeringstilladelse",
# "el-fakturaen"), matched anywhere in the word.
CPR_NEGATIVE_HEADS = (
    "måler", "tilladelse", "licens", "faktura", "kontrakt", "regning", "kvittering",
    "abonnement", "ordre", "bilag", "kundenr", "kundenummer", "bevilling",
    # Round 10: fines and fees carry their own numbers ("p-afgift 1106250944",
    # "parkeringsbøden nr. ...", "rykkergebyr").
    "afgift", "bøde", "gebyr",
    # Round 16: a code is no person's number ("sms med koden ...", "pinkode",
    # "adgangskoden", "afhentningskode", "engangskode", "rabatkode", "kodeord").
    "kode",
    # Round 20: "min betalingsreference 1808562240", "kundereference", "referencenr".
    "reference",
    # Round 23: a payment agreement with the municipality's collection carries its own
    # number ("gæld til kommunen (betalingsaftale 1507690044)", "afdragsaftalen").
    "betalingsaftale", "afdragsaftale",
)
# Round 11: a payment demand or a reminder "med nr./nummer" before the number names it
# by its own number ("en opkrævning med nr. ...", "en rykker med nummer ...").  Only
# so: "en forkert opkrævning af ejendomsskat? Vedr. <cpr>" is about the person.
_DEMAND_STEMS = ("opkrævning", "rykker", "girokort", "indbetalingskort", "betalingsanmodning",
                 # Round 14: a letter or a message "med nr." is named by its own number
                 # ("et brev med nr. 250124-0719 øverst", "kuverten med nummer ...").
                 "brev", "kuvert", "skrivelse", "besked")
# Round 10: a case word right before the number, with nothing between, names the case
# by it ("Vedr. sag 310190-2846"); farther back it is too common a word ("en sag om min
# far, 010150-1234") to count.
_LABEL_RIGHT_BEFORE = frozenset({"sag", "sagen", "sager", "henvendelse", "anmeldelse",
                                 # Round 14: numbers given as examples of a kind of number
                                 # ("et nummer i emnefeltet, f.eks. 190823-0912"); nobody
                                 # gives a person's own CPR number "for example".
                                 "f.eks", "fx", "feks", "eksempelvis", "eks",
                                 # Round 24: a parcel named by its number ("Din pakke
                                 # 2203941187 kan ikke leveres", a fake sms quoted).
                                 "pakke", "pakken", "parcel", "package", "shipment"})
# Round 10: verbal nouns in -ing/-else are things, never persons: "Fejlmeldingerne har
# nr. ...", "ansøgningen fik nummer ..." label the number although "har" and "fik" may
# stand between a person and a number ("min søn har nr. ...").
_THING_SUFFIXES = ("ing", "ingen", "inger", "ingerne", "else", "elsen", "elser", "elserne")
_HAVE_VERBS = frozenset({"har", "havde", "fik", "får", "fået"})
# Round 19: cases, complaints, parcels, tickets and tasks carry numbers of their own as
# well: "min flyttesag har nr. ...", "klagen fik nummer ...", "pakken har nr. ...".
_CASE_HEADS = ("sag", "sagen", "sager", "sagerne", "klage", "klagen", "pakke", "pakken",
               "billet", "billetten", "opgave", "opgaven", "ordren", "forespørgsel",
               "forespørgslen", "indberetningen", "post", "posten", "tråd", "tråden",
               "mail", "mailen", "brevet", "kvitteringen", "nøgle", "nøglen",
               # Round 22: a claim is named by its number ("Kravet har nr. ...",
               # "tilbagebetalingskravet fik nummer ...").
               "krav", "kravet", "kravene")
# Round 19: a number something comes from or rings from is a phone number ("en sms fra
# nummer ...", "de ringede fra ...", "opkald fra nr. ...").
_CALL_STEMS = ("sms", "mms", "opkald", "ring", "besked", "beskeden", "telefonopkald",
               "samtale", "svarer", "nummervisning")
# "<label> nr. 0306881234": a noun before a bare number word labels the number as that
# noun's ("taxabevilling nr.", "medlems nr.", "kort nr."), unless the noun is a CPR word
# ("cpr nr.", "person nr.": positive, checked first) or a pronoun ("mit nr. er").
_BARE_NUMBER_WORDS = frozenset({"nr", "no", "nummer", "numre", "nummeret"})
_NOT_A_LABEL = frozenset({
    "mit", "min", "mine", "dit", "din", "vores", "jeres", "deres", "hans", "hendes", "sit",
    "sin", "er", "var", "det", "den", "et", "en", "og", "eller", "med", "i", "på", "til",
    "fra", "som", "under", "ved", "af", "om", "nyt", "nye", "gamle", "samme", "person",
    # Session 18: a relative's number is that person's ("min mors nummer: ...").
    "mors", "fars", "søns", "datters", "mands", "kones", "hustrus", "barns", "brors",
    "søsters", "kærestes", "ægtefælles",
    # Adjectives, not labels: "mit eget nummer er ...", "det fulde nummer".
    "eget", "egen", "egne", "rigtige", "korrekte", "fulde", "hele", "officielle",
    "gyldige", "nuværende", "tidligere", "andet", "anden", "første", "sidste",
    # Verbs: "min søn har nr. ...", "hun fik nummer ...".
    "har", "havde", "fik", "får", "fået", "hedder", "lyder", "oplyser", "bruger",
    # Round 17: adverbs and verbs of giving a number ("sender lige nummeret: ...",
    # "her er også nummeret", "jeg skriver hermed nummeret", "glemte at give nummeret").
    "lige", "bare", "blot", "kun", "også", "nu", "her", "hermed", "så", "jo", "altså",
    "igen", "sender", "sendte", "sende", "giver", "gav", "give", "skriver",
    "skrev", "oplyste", "oplyse", "vedlægger", "noterer", "glemte", "glemt", "husker",
    "kopierer", "indtaster", "tastede", "retter", "rettet", "korrekt", "rette",
})
# Round 17: cards that carry numbers of their own, never the CPR number ("min søns
# skolekort siger 120716 4421", "buskortet har nummer ..."); the health card
# ("sygesikringskort", "sundhedskort", "det gule kort") carries it and is not here.
_CARD_HEADS = (
    "skolekort", "elevkort", "studiekort", "buskort", "rejsekort", "medlemskort",
    "kreditkort", "betalingskort", "bibliotekskort", "lånerkort", "gavekort",
    "kundekort", "nøglekort", "klippekort", "periodekort", "dankort", "pendlerkort",
    "ungdomskort", "parkeringskort", "brobizz", "chipkort", "fitnesskort", "vaskekort",
)
# "<thing> ... med nummeret 2911837764": a bare number word after one of these refers
# back to a thing named earlier in the sentence (label_earlier_in_sentence).
# "samme": "faktura for 1. og 2. kvartal har samme nummer 0104251133".
_REFERRING_PREPOSITIONS = frozenset({"med", "under", "på", "samme"})
# An ordinal ("1. kvartal", "2. rate") is no number of its own between a label and the
# number it labels.
_ORDINAL_RE = re.compile(r"\d{1,2}\.$")
# "Faktura nr. 2801251366 og 2801251367": numbers in a list share the first one's label.
_LISTED_AFTER_RE = re.compile(
    # Round 14: the numbers may stand in quotes ('f.eks. "120624 0311" og "091024 1187"').
    # Round 24: a corrected number shares it too ("mit kundenummer er 1412883012 og ikke
    # 1412883021").
    r"(?<!\d)(\d[\d\s\-\u2013\u00a0]{5,12}\d)[\"\u201d\u00bb']?\s*"
    r"(?:,|og|eller|samt|&|/)(?:\s*ikke)?\s*"
    r"[\"\u201c\u201d\u00ab']?$"
)
_REF_WORDS = frozenset({"ref", "reference", "vedr", "vedrørende"})
_REF_REACH = 300


def _names_numbered_thing(word: str) -> bool:
    """A word for a thing that has its own number ("parkeringsafgift", "fakturaen");
    "beregning" (a calculation) only holds the letters of "regning"."""
    return not word.startswith("beregn") and (
        word.startswith(CPR_NEGATIVE_STEMS) or any(h in word for h in CPR_NEGATIVE_HEADS))
# Short labels that count only as a whole word ("ref:", "id", "kl. 14").
CPR_NEGATIVE_WORDS = frozenset({"ref", "id", "kl", "lic", "fak", "ordre", "p"})
# A compound that ends in a number word ("målernummer", "aftalenr", "bilagsnumre",
# "lejer-nr") labels some other number, unless it is a CPR word ("personnummer").
_NUMBER_HEADS = ("nummer", "nummeret", "numre", "numrene", "nr", "-nr", "nummre",
                 # Round 10: "betalings-id", "kunde-id", "sags-id".
                 "-id")
# The label part must have this many letters: "nr" and "nummer" alone are neutral
# ("mit nummer er ..."), "husnr" and "lejernummer" are labels.
_NUMBER_LABEL_MIN = 2
# A word with a full stop and at most this many letters may be an abbreviation
# ("medl.", "best.", "fakt."), not a sentence's end.
_ABBREVIATION_MAX = 5
_NEGATIVE_WINDOW_CHARS = 40
_NEGATIVE_WINDOW_WORDS = 4
# After "er"/"var" right before the number the label may start the clause.
# Round 25: English "is"/"was" too ("the case number (sagsnr.) on the letter is
# 310124-0088"): the label is the subject, as with Danish "er".
_EN_COPULA = frozenset({"is", "was"})
_COPULA = frozenset({"er", "var", "lyder"}) | _EN_COPULA
_NEGATIVE_WIDE_CHARS = 80
_NEGATIVE_WIDE_WORDS = 10
_NEGATIVE_AFTER_CHARS = 32
_NEGATIVE_AFTER_WORDS = 3
_WORD_RE = re.compile(r"[\w][\w.\-/]*")
# Words that may stand between a number and its label after it ("0701851234 er mit
# kundenummer", "1203241456 på fakturaen"); any other word ends the look.
_AFTER_FILLER = frozenset({
    "er", "var", "mit", "min", "mine", "vores", "jeres", "deres", "dit", "din", "det",
    "den", "som", "på", "i", "fra", "til", "jf", "se", "nemlig", "altså", "ifølge",
    # Round 20: where it stands on the letter ("1303962281, ved 'Debitornr.'").
    "ved",
})
# Round 20: a payment slip's FI code gives the card type (01, 04, 15, 71, 73, 75) and
# "+" or "<" before the payment id ("betalings-id 71 + 0103041289", "+71<0103041289").
_FI_CODE_BEFORE_RE = re.compile(r"(?<!\d)(?:01|04|15|71|73|75)[ \t]*[+<][ \t]*$")
# Session 19: a country code written before the digits makes them a document's or a
# firm's number ("opholdskort ... DK 0412891234", "VAT DK 12345678"); a CPR number is
# never so written.  Upper case only: "dk" is also a word's end in lower-case mail.
_COUNTRY_CODE_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:DK|SE|NO|DE|PL|GB|UK|NL|FI|IS|FO|GL|FR|ES|IT|LT|LV|EE|RO|BG|UA)"
    r"[ \u00a0]?$")
# Round 20: "<thing> ... med nummer 2407151133" names the place in a queue: "Vi står på
# ventelisten til Børnehuset Kløverly med nummer ...".  Only so (a referring "med
# nummer"): "min søn står på venteliste, cpr ..." is the child's number.
_QUEUE_STEMS = ("venteliste", "køen", "køplads", "opskrivning")



# doc.user_data key: (offsets, texts, lemmas) of the doc's tokens, from one pass.
_TOKENS = "borgerpost_tokens"


@Language.component("simplemma_lemmatizer")
def _simplemma_lemmatizer(doc: Doc) -> Doc:
    """Lemmas from simplemma (offline Danish lemma tables), with the tokens' offsets
    and texts, kept in ``doc.user_data[_TOKENS]``.

    One pass: every iteration of a Doc builds a Python object per token, and Presidio
    and the lexicon each iterated it again (four passes were a tenth of detect()'s
    time on a 5 KB mail). ``token.lemma_`` is not set: nothing reads it, the artifacts
    take their lemmas from here (OfflineDanishNlpEngine._doc_to_nlp_artifact)."""
    offsets: list[int] = []
    texts: list[str] = []
    lemmas: list[str] = []
    for token in doc:
        text = token.text
        offsets.append(token.idx)
        texts.append(text)
        lemmas.append(lemma(text))
    doc.user_data[_TOKENS] = (offsets, texts, lemmas)
    return doc


class _Artifacts(NlpArtifacts):
    """NlpArtifacts whose ``keywords`` (a stop-word test per lemma) are made when first
    read: only a context check reads them, and most chunks need none."""

    def __init__(self, *, language: str, **kwargs: Any) -> None:
        self._language = language
        self._keywords: list[str] | None = None
        super().__init__(language=language, **kwargs)

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str]:
        return []   # __init__'s placeholder; the property makes the real ones

    @property
    def keywords(self) -> list[str]:
        if self._keywords is None:
            engine = self.nlp_engine
            if isinstance(engine, OfflineDanishNlpEngine):
                # Presidio's rule, per distinct lemma and cached (two method calls per
                # lemma of every mail were ~0.4 ms per 5 KB mail).
                parts = engine.keyword_parts
                self._keywords = [k for lem in self.lemmas for k in parts(lem)]
            else:
                self._keywords = NlpArtifacts.set_keywords(engine, self.lemmas,
                                                           self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        pass   # NlpArtifacts.__init__ assigns the placeholder


class OfflineDanishNlpEngine(SpacyNlpEngine):
    """``SpacyNlpEngine`` on ``spacy.blank("da")``; never downloads a model."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "blank:da"}])

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """As SpacyNlpEngine's, with the lemmas and offsets of the lemmatizer's pass."""
        offsets, _texts, lemmas = doc.user_data[_TOKENS]
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc))
        return _Artifacts(entities=entities, tokens=doc, tokens_indices=offsets,
                          lemmas=lemmas, nlp_engine=self, language=language,
                          scores=scores)

    def load(self) -> None:
        nlp = spacy.blank(LANGUAGE)
        nlp.add_pipe("simplemma_lemmatizer")
        # Long mails: detect() cuts text in chunks well below this anyway.
        nlp.max_length = 2_000_000
        # The base class declares ``nlp`` as None until loaded.
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]
        self._stop = frozenset(nlp.Defaults.stop_words)
        self.keyword_parts = lru_cache(maxsize=200_000)(self._keyword_parts)

    # Presidio asks these for every lemma of every text (NlpArtifacts.keywords);
    # set look-ups instead of vocabulary look-ups keep a 5 KB mail well under 20 ms.
    def is_stopword(self, word: str, language: str) -> bool:
        return word.lower() in self._stop

    def is_punct(self, word: str, language: str) -> bool:
        return _is_punct(word)

    def _keyword_parts(self, lemma: str) -> tuple[str, ...]:
        """What ``NlpArtifacts.set_keywords`` makes of one lemma: nothing for a stop
        word or punctuation, else its lower case split at ":" (its exact rule)."""
        if (self.is_stopword(lemma, LANGUAGE) or self.is_punct(lemma, LANGUAGE)
                or lemma in ("-PRON-", "be")):
            return ()
        return tuple(lemma.lower().split(":"))


def _is_punct(word: str) -> bool:
    return bool(word) and not any(c.isalnum() for c in word)


class FastLemmaContextAwareEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer with the same rule, found in log time.

    The stock enhancer walks every token to find each result's token and tests list
    membership of every context lemma: quadratic in the mail's length (a 20 KB mail
    took 200 ms).  This one bisects the token offsets and uses a set.  It also does not
    log the surrounding words, which may include the value itself.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's rule without its first step, a deep copy of every result with its
        explanation (about a tenth of a 5 KB mail's time).  Our recognizers build their
        results afresh for each call and the engine reads only what this returns, so
        they are raised in place."""
        if nlp_artifacts is None:
            return raw_results
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or ()]
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            words = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts, word=text[result.start : result.end],
                start=result.start,
            )
            words.extend(extra)
            supportive = self._find_supportive_word_in_context(words, recognizer.context)
            if supportive:
                result.score = min(
                    max(result.score + self.context_similarity_factor,
                        self.min_score_with_context_similarity),
                    self.MAX_SCORE,
                )
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _extract_surrounding_words(
        self, nlp_artifacts: NlpArtifacts, word: str, start: int
    ) -> list[str]:
        tokens = nlp_artifacts.tokens
        if not tokens:
            return [""]
        prepared = getattr(nlp_artifacts, "_borgerpost_prepared", None)
        if prepared is None:
            offsets = tokens.to_array([IDX, LENGTH])
            ends = (offsets[:, 0] + offsets[:, 1]).tolist()
            keywords = frozenset(nlp_artifacts.keywords)
            prepared = (ends, keywords)
            setattr(nlp_artifacts, "_borgerpost_prepared", prepared)  # noqa: B010
        ends, keywords = prepared
        index = min(bisect_right(ends, start), len(ends) - 1)
        lemmas = nlp_artifacts.lemmas
        # Unlike the stock enhancer, the matched token itself is not context: a weak
        # term that is also a context word ("penge") must not raise itself.
        words: set[str] = set()
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i, remaining = index + step, count
            while 0 <= i < len(lemmas) and remaining > 0:
                low = lemmas[i].lower()
                if low in keywords:
                    words.add(low)
                    remaining -= 1
                i += step
        return list(words)

    @staticmethod
    def _find_supportive_word_in_context(
        context_list: list[str], recognizer_context_list: list[str], matching_mode: str = ""
    ) -> str:
        """A context word supports when a nearby lemma starts with it.

        Prefix, not Presidio's substring match: Danish compounds put the head last
        and inflect at the end ("cpr-nr", "personnummeret"), while a substring would let
        "bud" support inside "budget".
        """
        lowered = tuple(wanted.lower() for wanted in recognizer_context_list)
        # Most results have no supporting word: one C-level prefix test per word of
        # the context says so before the ordered search below.
        if not any(k.startswith(lowered) for k in context_list):
            return ""
        for wanted, w in zip(recognizer_context_list, lowered, strict=True):
            if any(k.startswith(w) for k in context_list):
                return str(wanted)
        return ""


def _explanation(name: str, score: float, why: str) -> AnalysisExplanation:
    return AnalysisExplanation(recognizer=name, original_score=score, textual_explanation=why)


class DanishCprRecognizer(EntityRecognizer):
    """CPR numbers: format, century table and real date; modulus 11 only as evidence.

    Dates after ``today`` are removed by ``Detector.detect`` (the recognizer has no
    clock); negative context lowers the score here, positive context is Presidio's.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[ENTITY_OF["cpr"]],
            supported_language=LANGUAGE,
            name="DanishCprRecognizer",
            context=CPR_CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        found = [(m, negative_context(text, m.start, m.end))
                 for m in cpr.find_cpr(text, date.max)]
        # Round 20: a number labelled as another kind is the CPR number when the writer
        # says that kind of number is their CPR number ("lønnummer 2403882219 ... (ja,
        # lønnummeret er mit cpr)"): the README labels it cpr.  The same digits given as
        # a membership number with no such clause stay that number.
        says = _says_is_cpr(text) if any(neg for _m, neg in found) else frozenset()
        for m, negative in found:
            score = CPR_SCORE_MOD11 if m.modulus11 else CPR_SCORE_NO_MOD11
            if negative and says and _labelled_as(text, m.start, says):
                negative = False
            if negative:
                score = CPR_SCORE_NEGATIVE
            result = RecognizerResult(
                entity_type=ENTITY_OF["cpr"],
                start=m.start,
                end=m.end,
                score=score,
                analysis_explanation=_explanation("DanishCprRecognizer", score, "cpr"),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "DanishCprRecognizer",
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    # Stops Presidio's enhancer from raising a number that a negative
                    # word right before it marked as something else.
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: negative,
                },
            )
            results.append(result)
        return results


# Round 20: "<label>nummeret er (jo/også/bare) mit cpr(-nummer)/personnummer".
_SAYS_CPR_RE = re.compile(
    r"(?<!\w)(?P<label>[\w-]{2,}?)(?:-?nummeret|-?nummer|-?nr\.?)\s+(?:er|var)\s+"
    r"(?:(?:jo|også|bare|blot|faktisk|altså|det\s+samme\s+som)\s+)?"
    r"(?:mit|min|hans|hendes|vores|deres|dit|din|jeres)\s+"
    r"(?:cpr|personnummer|personnr|person-nr)", re.IGNORECASE)
# _SAYS_CPR_RE without its label: every match of it holds a match of this one. The
# full pattern tries a lazy label at every word of the mail (~0.3 ms per 5 KB mail);
# this one is first searched alone, and most mails have none. Its look-ahead (the
# characters it can start with) skips the positions that cannot start it.
_SAYS_CPR_TAIL_RE = re.compile(
    "(?=[-nN])(?:" + _SAYS_CPR_RE.pattern.split("(?P<label>[\\w-]{2,}?)", 1)[1] + ")",
    re.IGNORECASE)


# Round 22: a parenthesis right after the label says so: "Borger-ID (det er bare mit
# cpr, ...): 2711843392", "Kundenr. (som er mit personnummer) ...".  The whole label
# word is the stem.
_SAYS_CPR_PAREN_RE = re.compile(
    r"\(\s*(?:det|som)\s+er\s+"
    r"(?:(?:jo|også|bare|blot|faktisk|altså)\s+)?"
    r"(?:mit|min|hans|hendes|vores|deres|dit|din|jeres)\s+"
    r"(?:cpr|personnummer|personnr|person-nr)", re.IGNORECASE)

_LABEL_BEFORE_RE = re.compile(r"(?<![\w-])(?P<label>[\w-]{2,})\.?[ \t]*$")


def _says_is_cpr(text: str) -> frozenset[str]:
    """The label stems ("løn") of number kinds the writer calls their CPR number."""
    low = text.lower()
    if "cpr" not in low and "personn" not in low and "person-nr" not in low:
        return frozenset()
    labels: set[str] = set()
    if "(" in text:
        for m in _SAYS_CPR_PAREN_RE.finditer(text):
            label = _LABEL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if label is not None:
                labels.add(label.group("label").lower())
    if _SAYS_CPR_TAIL_RE.search(text) is not None:
        labels.update(m.group("label").lower() for m in _SAYS_CPR_RE.finditer(text))
    return frozenset(labels)


def _labelled_as(text: str, start: int, stems: frozenset[str]) -> bool:
    """True when a word just before the number starts with one of ``stems``."""
    return any(w.startswith(tuple(stems)) for w in _line_words_before(text, start))


def _is_positive(word: str) -> bool:
    return any(c in word for c in CPR_CONTEXT)


def _is_negative(word: str) -> bool:
    """A label of some other kind of number (``word`` lower case, as in the text)."""
    bare = word.rstrip(".:;,-/")
    if bare in _PHONE_AS_MEDIUM:
        return False
    if bare in CPR_NEGATIVE_WORDS or word.startswith(CPR_NEGATIVE_STEMS):
        return True
    if any(h in word for h in CPR_NEGATIVE_HEADS) or any(h in word for h in _CARD_HEADS):
        return True
    return any(
        bare.endswith(head) and len(bare) - len(head) >= _NUMBER_LABEL_MIN
        for head in _NUMBER_HEADS
    )


_SIGNING_NAME_RE = re.compile(
    r"[ \t]+[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ \t]+[A-ZÆØÅ][a-zæøåéü]+){0,2}"
    r"[ \t]*[,:]?[ \t]*$"
)


# Session 18: a question ends before a new sentence that opens with a bare number word.
_BARE_NUMBER_AFTER_RE = re.compile(r"[?!\s]*(?:nummer|nr\b|no\b)", re.IGNORECASE)
# Session 18: English names of the CPR number in two words ("personal ID number
# 120380-3557", "civil registration number", "social security no."): "ID" alone
# labels other numbers ("kunde-id"), and "personal" alone is no CPR word.
_EN_CPR_FIRST = frozenset({"personal", "civil", "social"})
_EN_CPR_SECOND = frozenset({"id", "identification", "identity", "number", "no",
                            "registration", "security"})


# Session 18: the phone as the way something was said is no label ("Som aftalt pr.
# telefon: Ronja Sand, 080399-2854", "aftalt telefonisk"); "tlf. 43575757" is.
_PHONE_AS_MEDIUM = frozenset({"telefonisk", "telefonsamtale", "telefonsamtalen",
                              "telefonmøde", "telefonmødet"})
_MEDIUM_PREPOSITIONS = frozenset({"pr.", "pr", "per", "over", "via"})


def _by_phone(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is "telefon(en)"/"tlf." after "pr."/"per"/"over"/"via"."""
    return (i > 0 and words[i - 1] in _MEDIUM_PREPOSITIONS
            and words[i].rstrip(".:;,").startswith(("telefon", "tlf")))


def _english_cpr_names(words: list[str]) -> list[str]:
    """``words`` with the second word of an English CPR name replaced by "cpr"."""
    for i in range(1, len(words)):
        if words[i - 1] in _EN_CPR_FIRST and words[i].rstrip(".:;,") in _EN_CPR_SECOND:
            words[i] = "cpr"
    return words


def _label_ends_line(line: str) -> bool:
    """True when ``line`` ends in a colon, a copula or a number's label."""
    line = line.rstrip(" \t\r")
    if line.endswith(":"):
        return True
    words = _WORD_RE.findall(line[-_NEGATIVE_WINDOW_CHARS:].lower())
    return bool(words) and (words[-1].rstrip(".") in _COPULA or _is_negative(words[-1])
                            or _is_positive(words[-1]))


def _line_words_before(text: str, start: int) -> list[str]:
    window = text[max(0, start - _NEGATIVE_WIDE_CHARS) : start]
    # A new line starts a new field ("Tlf. 12345678\nCPR ..."): look no further back.
    line_start = window.rfind("\n") + 1
    # Session 18: unless the number opens its line and the line before ends in its
    # label, a colon or "er"/"is" ("Kan I sende mig fakturanummeret\n(1103821147 ...",
    # "My library card number is\n2212937745"): the sentence runs on over the break.
    if (line_start and not window[line_start:].strip(" \t([\"'\u201c")
            and _label_ends_line(window[: line_start - 1])):
        line_start = window.rfind("\n", 0, line_start - 1) + 1
    window = window[line_start:]
    # Round 16: nor past a question or an exclamation followed only by a signing name
    # ("Kan vi tage den over telefonen? Lotte 250799-2611"): the name and its number
    # begin anew.  ("Hvor finder jeg ejendomsnummeret? Der står 1811650007" still reads
    # the label: no name between.)
    cut_at = max(window.rfind("?"), window.rfind("!"))
    if cut_at >= 0 and (_SIGNING_NAME_RE.match(window, cut_at + 1) is not None
                        # Session 18: nor past a question when the new sentence gives
                        # its own bare "nummer"/"nr." ("hvordan søger jeg
                        # sygedagpenge?? nummer 030199 2475": no sygedagpenge number).
                        or _BARE_NUMBER_AFTER_RE.match(window, cut_at + 1) is not None):
        window = window[cut_at + 1 :]
    found = list(_WORD_RE.finditer(window))
    words = _english_cpr_names([m.group(0).lower() for m in found])
    # Round 14: whole words only: the near window cut "købsaftalen" to "aftalen", a label.
    cut = len(window) - _NEGATIVE_WINDOW_CHARS
    near = [w for w, m in zip(words, found, strict=True) if m.end() > cut]
    if words and words[-1] in _COPULA:
        # "Min licensnummer til fiskeriet i Ishøj Sø er 1207823456": the label is the
        # subject of "er", farther back than a label right before the number.  Round
        # 20: not past a question or an exclamation: "kan samtalerne foregå over
        # telefon? mit nr er 250774 1983" (the subject is "mit nr", not the phone).  A
        # full stop may end an abbreviation ("sagsnr. er ..."): it does not cut.
        cut_at = max(window.rfind("?"), window.rfind("!"))
        if words[-1] in _EN_COPULA:
            # Round 25: an English sentence does cut ("The invoice came today. My
            # personal number is ..."); its labels are not abbreviated with a dot.
            cut_at = max(cut_at, window.rfind(". "))
        if cut_at >= 0:
            words = _english_cpr_names(
                [w.lower() for w in _WORD_RE.findall(window[cut_at + 1:])])
        return words[-_NEGATIVE_WIDE_WORDS:]
    return near[-_NEGATIVE_WINDOW_WORDS:]


def negative_context_before(text: str, start: int) -> bool:
    """True when one of the last few words before ``start`` is a negative label.

    A positive context word among them wins ("tlf. 12345678, cpr 120490-1234";
    "født d. 120490-1234").  Another number between the label and this number ends the
    search: the label belongs to that number ("mobil 94163466. Vedr. 300612 0511").
    Only the window right before this number, on its own line, is read.
    """
    negative = False
    if (_FI_CODE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            or _COUNTRY_CODE_BEFORE_RE.search(text, max(0, start - 4), start) is not None):
        return True
    words = _line_words_before(text, start)
    for i in range(len(words) - 1, -1, -1):  # nearest first
        word = words[i]
        if _is_positive(word):
            return False
        if any(c.isdigit() for c in word):
            break
        last = i == len(words) - 1
        if ((_is_negative(word) and not _by_phone(words, i))
                or (last and word.rstrip(".:;,-/") in _LABEL_RIGHT_BEFORE
                    and not (word.rstrip(".:;,-/") in _CASE_WORDS
                             and _cpr_word_earlier_in_sentence(text, start)))
                # Round 19: "sms fra 0102901234", "ringede fra ...": a caller's number.
                or (word == "fra" and last and i > 0
                    and words[i - 1].startswith(_CALL_STEMS))):
            negative = True
        elif word.rstrip(".:;,-/") in _BARE_NUMBER_WORDS and i > 0:
            label = words[i - 1].strip("(.:;,-/")
            if label == "med" and i > 1 and words[i - 2].startswith(_DEMAND_STEMS):
                negative = True
                continue
            if label == "fra" and i > 1 and words[i - 2].startswith(_CALL_STEMS):
                negative = True
                continue
            if (label in _HAVE_VERBS and i > 1
                    and words[i - 2].rstrip(".:;,-/").endswith(_THING_SUFFIXES + _CASE_HEADS)):
                label = words[i - 2].rstrip(".:;,-/")
            # Round 22: the word before ended the sentence before ("Mit sundhedskort
            # er knækket. Nummeret på kortet er ..."): no label.  A short word with a
            # full stop is an abbreviation and may label ("medl. nr. ...").
            if words[i - 1].endswith(".") and len(label) > _ABBREVIATION_MAX:
                continue
            # "p-afgift (nr. 0412241187)": a hyphenated compound is a label too.
            # Session 18: "Faktura fra sidste år: nr. 1405874412": the phrase before
            # the colon names the thing numbered by its first word.
            if ((label.replace("-", "").isalpha() and len(label) >= 3
                    and label not in _NOT_A_LABEL and not _is_positive(label))
                    or (last and _colon_phrase_is_label(text, start))):
                negative = True
    return negative


_COLON_PHRASE_CHARS = 60


def _colon_phrase_is_label(text: str, start: int) -> bool:
    """True when the phrase before the last colon on the number's line, from the line's
    or sentence's start, opens with a label of another kind of number."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _COLON_PHRASE_CHARS)
    colon = text.rfind(":", lo, start)
    if colon < 0 or text[colon + 1:start].strip(" \t.").lower() not in _BARE_NUMBER_WORDS:
        return False
    head = text[lo:colon]
    head = head[max(head.rfind(". "), head.rfind("? "), head.rfind("! ")) + 1:]
    first = _WORD_RE.search(head)
    return first is not None and _is_negative(first.group(0).lower())


# Round 24: the case words of _LABEL_RIGHT_BEFORE.  "Jeg sender mit personnummer, så I
# kan finde sagen: 090177-3391": the sentence announced the CPR number, and the case is
# what it finds, not the number's kind.
_CASE_WORDS = frozenset({"sag", "sagen", "sager", "henvendelse", "anmeldelse"})


def _cpr_word_earlier_in_sentence(text: str, start: int) -> bool:
    """A CPR word earlier in the number's sentence, on its line, with no digit between."""
    lo = max(core.sentence_start(text, start), start - _SENTENCE_CHARS,
             text.rfind("\n", 0, start) + 1)
    for word in reversed(_WORD_RE.findall(text[lo:start].lower())):
        if any(c.isdigit() for c in word):
            return False
        if _is_positive(word):
            return True
    return False


def negative_context_after(text: str, end: int) -> bool:
    """True when a label right after the number, on its line, names another kind of
    number: "1203241456 (fakturanummer)", "0701851234 er mit kundenummer".

    A label that is itself followed by a number labels that one ("120437-1234, tlf.
    12345678"), and a CPR word after it wins ("120437-1234 (cpr)").
    """
    window = text[end : end + _NEGATIVE_AFTER_CHARS]
    cut = window.find("\n")
    if cut >= 0:
        window = window[:cut]
    for m in list(_WORD_RE.finditer(window))[:_NEGATIVE_AFTER_WORDS]:
        word = m.group(0).lower()
        if _is_negative(word) and not _is_positive(word):
            # The label introduces a number of its own: not about this one.
            follow = _WORD_RE.findall(text[end + m.end() : end + m.end() + 24].split("\n")[0])
            return not any(c.isdigit() for w in follow[:2] for c in w)
        if word.rstrip(".:") not in _AFTER_FILLER:
            return False
    return False


_SENTENCE_CHARS = 120
_LABEL_NOUN_HEADS = ("nummer", "nummeret", "nr", "numre")


# Words that end the clause whose subject "har nr." has: "Jeg har en faktura, og min
# søn har nr. ..." (the son has the number, not the invoice).
_CLAUSE_BOUNDARY = frozenset({
    "og", "men", "mens", "eller", "så", "der", "som", "da", "når", "hvis",
    "jeg", "du", "han", "hun", "vi", "de", "man",
})


def _thing_has_number(words: list[str]) -> bool:
    """True when the subject of "<subject> har/fik nr. <number>" is a numbered thing
    ("Min forbrugsmåler i kælderen har nr. 2608751653"): a label word in the clause
    before the verb, read back to the clause's start.  A person ("min søn har nr.")
    has a CPR number."""
    for word in reversed(words):
        bare = word.rstrip(".:;,-/")
        if bare.isdigit() and len(bare) <= 4:
            continue  # a year or an amount ("lejekontrakt fra 2019 har nr. ...")
        if any(c.isdigit() for c in word) or _is_positive(word):
            return False
        if _is_negative(word):
            return True
        if bare in _CLAUSE_BOUNDARY:
            return False
    return False


def label_earlier_in_sentence(text: str, start: int) -> bool:
    """True when the number's own sentence named another kind of number earlier, with
    no number and no CPR word in between: "Jeg har et kundenummer hos jer fra dengang
    jeg lejede en kolonihave, 1209874410." Only explicit number nouns count here
    ("kundenummer", "medlemsnr."), not every label word: the sentence is wider than the
    few words that negative_context_before reads."""
    # The sentence as context/core.py cuts it (abbreviations such as "nr." end none), and
    # never across a line: a new line starts a new field ("Tlf. 12345678\nCPR ...").
    line = text.rfind("\n", 0, start) + 1
    if line > 1 and text[line:line + 1].islower() and text[line - 2] not in ".!?:;\n":
        # A sentence wrapped onto this line ("Faktura for 1. og 2. kvartal\nhar samme
        # nummer ..."): it began on the line before.
        line = text.rfind("\n", 0, line - 1) + 1
    lo = max(core.sentence_start(text, start), start - _SENTENCE_CHARS, line)
    # Round 24: the English "no." ends no sentence either ("Customer no. at ...: ").
    head = text[line:lo].rstrip().lower()
    if head.endswith("no.") and (len(head) == 3 or not head[-4].isalnum()):
        lo = max(core.sentence_start(text, line + len(head) - 3), start - _SENTENCE_CHARS,
                 line)
    words = [w.lower() for w in _WORD_RE.findall(text[lo:start])
             if not _ORDINAL_RE.fullmatch(w)]
    # "en kvittering for hundeskat med nummeret 2911837764": the number is the thing's
    # named earlier, so any label word of the sentence counts, not only number nouns.
    referring = (len(words) >= 2 and words[-1].rstrip(".:;,-/") in _BARE_NUMBER_WORDS
                 and words[-2] in _REFERRING_PREPOSITIONS)
    if (len(words) >= 3 and words[-1].rstrip(".:;,-/") in _BARE_NUMBER_WORDS
            and words[-2] in _HAVE_VERBS):
        return _thing_has_number(words[:-2])
    after = ""
    for word in reversed(words):
        if any(c.isdigit() for c in word) or _is_positive(word):
            return False
        # Round 24: a label and a bare number word, two words ("Customer no. at Ishøj
        # Kommune: 0112772209", "et kunde nr. hos jer"), count as the compound does.
        if _is_negative(word) and (
                referring or word.rstrip(".:;,-/").endswith(_LABEL_NOUN_HEADS)
                or after.rstrip(".:;,-/") in _BARE_NUMBER_WORDS):
            return True
        if referring and word.startswith(_QUEUE_STEMS):
            return True
        after = word
    return False


def negative_context(text: str, start: int, end: int, _depth: int = 0) -> bool:
    """Negative context before or right after the number at ``text[start:end]``."""
    listed = _LISTED_AFTER_RE.search(text, max(0, start - 24), start)
    if listed is not None and _depth < 3:
        # The second of "faktura nr. 2801251366 og 2801251367" is the first one's kind.
        return negative_context(text, listed.start(1), listed.end(1), _depth + 1)
    # Round 18: a correction after the number outweighs a CPR word before it ("Mit
    # barns sygesikringsnr. står som ... – nej vent, det er hendes patient-id").
    if called_other_later(text, end, paragraph=True) or denied_later(text, end):
        return True
    words = _line_words_before(text, start)
    for word in reversed(words):
        if any(c.isdigit() for c in word):
            break
        if _is_positive(word):
            return False
    # Round 11: a reference line that gives a number in the CPR layout (six digits, a
    # separator, four: "Ref.: 280885 4413") refers to the person the mail is about; a
    # reference or case number is not written so.  The bare "ref" label alone then
    # says nothing, unless the mail names another kind of number's thing shortly
    # before ("en parkeringsafgift ... Ref. 040925-7712": the fine's reference).
    # Round 22: not a thing's reference "med/under reference ..." ("Jeres mail af
    # 22.09.2026 med reference 220926-0083"): a reference line has no preposition.
    if (end - start == 11 and words and words[-1].rstrip(".:;,-/") in _REF_WORDS
            and (len(words) < 2 or words[-2] not in _REFERRING_PREPOSITIONS)
            and not any(_names_numbered_thing(w) for w in
                        _WORD_RE.findall(text[max(0, start - _REF_REACH):start].lower())[:-1])):
        return negative_context_after(text, end)
    return (negative_context_before(text, start) or negative_context_after(text, end)
            or label_earlier_in_sentence(text, start) or called_other_later(text, end)
            or label_on_line_before(text, start))


def label_on_line_before(text: str, start: int) -> bool:
    """Round 23: a number alone at the start of its line whose label ends the line
    before ("Kan I tjekke det? Kundenummer\n0106880412."): a wrapped line or a form's
    field, the number the label's.  Only a number noun ("kundenummer", "fakturanr") or
    a label with a colon ends that line: "Tlf. 12345678\nCPR ..." starts a new field,
    and a label word with a number of its own on its line labels that one."""
    nl = text.rfind("\n", 0, start)
    if nl < 0 or text[nl + 1:start].strip():
        return False
    prev = text[text.rfind("\n", 0, nl) + 1:nl].rstrip()
    words = _WORD_RE.findall(prev.lower())
    if not words:
        return False
    last = words[-1]
    bare = last.rstrip(".:;,-/")
    if bare in _WRAPPED_LINE_ENDS and not prev.endswith((":", ";")):
        # Round 24: a line that stops on "er", "hed" or a bare "nr."/"no." goes on with
        # the number on the next line ("Mit lånenr. hos jer er\n0902871134", "Fakturaen
        # hed\n1104520038", "invoice no.\n2811931456"): the sentence was wrapped, so
        # its words before the number are read as on one line.
        joined = prev + " "
        return negative_context_before(joined, len(joined))
    if (_is_negative(last) and not _is_positive(last)
            and prev.rfind("(") > prev.rfind(")") and _CLOSES_PAREN_RE.match(text, start)):
        # Round 27 (corpus66): a parenthesis wrapped between its label and its number
        # ("vi har ikke fået betaling for oktober (faktura\n1110240233)", "(kunde-id\n
        # 0302851234)"): the number closes the label's parenthesis, so it is the
        # label's, as on one line.
        return True
    return (_is_negative(last) and not _is_positive(last)
            and (prev.endswith(":") or bare.endswith(_LABEL_NOUN_HEADS)))


# A number that closes a parenthesis ("1110240233).", "280885-4413)").
_CLOSES_PAREN_RE = re.compile(r"[\d \-]{10,13}\)")


# Words that cannot end a line's sentence: the number on the next line completes it.
_WRAPPED_LINE_ENDS = _COPULA | _BARE_NUMBER_WORDS | {"hed", "hedder", "lød"}


# Round 22: the writer says the number is not a CPR number ("Det er vist et kortnummer
# og ikke mit cpr", "nummeret er ikke et personnummer"): a clause of "det/nummeret/
# tallet er" that denies it, later in the number's paragraph.
_DENIED_RE = re.compile(
    r"(?<!\w)(?:det|den|dette|nummeret|tallet)\s+(?:er|var)(?!\w)[^.?!\n]{0,40}?"
    r"(?<!\w)ikke\s+(?:(?:mit|min|et|en|hans|hendes|vores|deres|dit|din|noget)\s+)?"
    r"(?:cpr|personn|person-nr)", re.IGNORECASE)


def denied_later(text: str, end: int) -> bool:
    """True when a clause later in the number's paragraph says it is no CPR number."""
    window = text[end:end + _CORRECTED_REACH]
    cut = window.find("\n\n")
    if cut >= 0:
        window = window[:cut]
    low = window.lower()
    if "ikke" not in low or ("cpr" not in low and "person" not in low):
        return False
    return _DENIED_RE.search(window) is not None


# A clause after the number calls it another kind of number.  Round 13, in the
# number's sentence after a comma: "Der står 1507921234 på kortet, det er bare mit
# kontonummer".  Round 18, a correction in a later clause or sentence of the same
# paragraph: "det viste sig at være et bilagsnr", "nej vent, det er hendes patient-id",
# "tallet var bare et journalnummer".  Round 20, where it stands on the letter: "Det
# står ved 'Debitornr.'".  The label must name another kind of number and bring no
# number of its own.
_CALLED_OTHER_RE = re.compile(
    r"(?P<comma>,\s*)?(?<!\w)(?:(?P<stands>(?:det|nummeret|tallet)\s+(?:står|stod)\s+"
    r"(?:ved|under|ud\s+for|efter)\s+[\"'\u201c\u201e\u00bb]?)|"
    r"(?:(?P<shown>(?:viste|viser)\s+sig\s+at\s+være)|"
    r"(?:det\s+der|det|den|dette|nummeret|tallet)\s+(?:er|var)"
    r"(?:\s+(?:jo|faktisk|bare|blot|kun|nok|vist|altså|åbenbart|i\s+stedet))?)\s+"
    r"(?:(?:mit|min|et|en|vores|hans|hendes|deres|jeres|dit|din|sit|sin)\s+)?)"
    r"(?P<label>[\w.-]+)",
    re.IGNORECASE,
)
_CALLED_REACH = 90
_CORRECTED_REACH = 170
# Across sentences "det er <label>" counts only as a correction ("nej vent",
# "undskyld", "faktisk").
_CORRECTION_CUE_RE = re.compile(
    r"(?<!\w)(?:nej|vent|undskyld|rettelse|faktisk|alligevel|åbenbart|i\s+stedet|"
    r"viste\s+sig|fejl\w*|tog\s+fejl|forkert|"
    # Round 22: a guess at the kind ("Jeg tror det er et bødenummer").
    r"tror|formoder|gætter\s+på)(?!\w)", re.IGNORECASE)


def called_other_later(text: str, end: int, *, paragraph: bool = False) -> bool:
    """True when a clause after the number calls it another kind of number.

    ``paragraph=False``: a clause after a comma in the number's own sentence ("...,
    det er bare mit kontonummer"), read up to the sentence's end.  ``paragraph=True``:
    a correction anywhere later in its paragraph ("..., det viste sig at være et
    bilagsnr"); "det er <label>" there needs a correction cue before it."""
    if paragraph:
        window = text[end:end + _CORRECTED_REACH]
        cut = window.find("\n\n")
        if cut >= 0:
            window = window[:cut]
    else:
        window = text[end:end + _CALLED_REACH]
        cut = min((i for i in (window.find("."), window.find("?"), window.find("!"),
                               window.find("\n")) if i >= 0), default=len(window))
        window = window[:cut]
        if "," not in window:
            return False
    for m in _CALLED_OTHER_RE.finditer(window):
        if paragraph:
            if m.group("shown") is None and m.group("stands") is None and _CORRECTION_CUE_RE.search(
                    window, 0, m.end()) is None:
                continue
        elif m.group("comma") is None:
            continue
        label = m.group("label").lower()
        if _is_negative(label) and not _is_positive(label):
            follow = window[m.end():m.end() + 24]
            if not any(c.isdigit() for c in follow):
                return True
    return False


# Round 10: categories whose bare topic on a subject line is no one's data (health and
# economy_social read it in no_one.not_about_anyone).  Not sexual_orientation: a
# subject such as "Ansøgning om medmoderskab" is a couple's own matter.
_SUBJECT_TOPIC_CATEGORIES = frozenset({"property_trade", "ethnicity", "belief", "union"})
# Session 13: a bare health or money topic on the subject line is the writer's when the
# body opens about the writer (core.subject_of_writer).
_SUBJECT_BODY_CATEGORIES = frozenset({"health", "economy_social"})
# Round 12: a personal hit whose subject is a name set off by commas or a dropped "jeg"
# (core.subject_just_before); not read for health and economy_social.
_SUBJECT_BEFORE_CATEGORIES = frozenset({"ethnicity", "belief", "sexual_orientation", "union"})
# Round 12: a union name joined to "medlem" by a hyphen ("Djøf-medlem", "3F-medlemmer").
_MEMBER_COMPOUNDS = frozenset({"-medlem", "\u2011medlem"})
# Round 28: a union abbreviation made a person by an ending after an apostrophe or a
# hyphen ("DLF'er", "3F’ere", "FOA-eren"), as "=SF'er" in the lexicon.
_MEMBER_NOUN_MARKS = frozenset("'’-")
_MEMBER_NOUN_END_RE = re.compile(r"['’-]er(?:e|en|ne)?(?!\w)")


def _member_noun(text: str, start: int, end: int) -> bool:
    """Round 28: the union hit is, or is followed by, a member noun ("DLF'er")."""
    i = max(start + 1, end - 5)
    for j in range(i, min(end + 1, len(text))):
        if text[j] in _MEMBER_NOUN_MARKS:
            return _MEMBER_NOUN_END_RE.match(text, j) is not None
    return False


# Round 16: a union hit that opens with the membership itself.
_MEMBER_HEADS = ("medlem ", "medlemmer ", "organiseret")


class DanishLexiconRecognizer(EntityRecognizer):
    """One category's lexicon, matched on tokens and their lemmas."""

    def __init__(self, category: str, lexicon: Lexicon, hits_cache: _HitsCache) -> None:
        self.category = category
        self._lexicon = lexicon
        self._cache = hits_cache
        self._name = f"DanishLexicon_{category}"
        super().__init__(
            supported_entities=[ENTITY_OF[category]],
            supported_language=LANGUAGE,
            name=self._name,
            context=list(lexicon.context.get(category, ())),
        )

    def load(self) -> None:
        """Nothing to load: the lexicon is built by ``build_detector``."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for hit in self._cache.get(text, nlp_artifacts, self._lexicon):
            if hit.category != self.category:
                continue
            score = LEX_SCORE[hit.strength]
            settled = (
                self.category == "property_trade"
                and property_trade.concluded_trade(text, hit.start, hit.end)
            ) or (
                # A workplace or a job, not the person's circumstances ("arbejder som
                # fængselsbetjent i Vestre Fængsel").
                self.category in ("economy_social", "health")
                and care_and_money.as_work(text, hit.start, hit.end)
            ) or (
                # A weak term in a general statement is not raised by its context
                # ("hvornår sælger kommunen grunden?").
                hit.strength == WEAK
                and core.general_statement(
                    text, hit.start, hit.end, seller=self.category == "property_trade"
                )
            ) or (
                # Round 7: a weak money word whose only person is the writer giving an
                # opinion ("jeg vil opfordre til, at der bruges flere penge på ...") or
                # a reminder for a bill the writer has already paid: no one's hardship.
                hit.strength == WEAK
                and self.category == "economy_social"
                and care_and_money.weak_money_no_hardship(text, hit.start, hit.end)
            ) or (
                # Round 13: a weak faith word in the writer's opinion with no one in it
                # ("Jeg synes byrådet skal stemme for en ny moské").
                hit.strength == WEAK
                and self.category == "belief"
                and core.opinion_only(text, hit.start, hit.end)
            ) or (
                # The subject of a book, a play or a lecture, a group of people, a
                # state denied for everyone named, a doctor as a register entry, a
                # property charged a fee: no one's data, whatever the strength.
                no_one.not_about_anyone(text, hit.start, hit.end, self.category)
            ) or (
                # Round 10: a question about unions naming no one, a membership
                # denied, a trust role or a fee in an association that is no union.
                self.category == "union"
                and union.union_not_held(text, hit.start, hit.end)
            ) or (
                # Round 10: a sale denied, a firm's trade, a mediator.
                self.category == "property_trade"
                and property_trade.property_not_held(text, hit.start, hit.end)
            ) or (
                # Round 10: a policy against racism, a racist thing, a group served or
                # counted, a school's unit, an organisation, a question about no one.
                self.category == "ethnicity"
                and belief_ethnicity_orientation.ethnicity_not_held(text, hit.start, hit.end)
            ) or (
                # Round 10: a question about no one, an opinion called political.
                self.category == "belief"
                and belief_ethnicity_orientation.belief_not_held(text, hit.start, hit.end)
            ) or (
                # Round 10: a plan against homophobia, an event, a question about no one.
                self.category == "sexual_orientation"
                and belief_ethnicity_orientation.orientation_not_held(text, hit.start, hit.end)
            ) or (
                # Round 10: a bare topic on a subject line ("Emne: Andelsbolig").
                self.category in _SUBJECT_TOPIC_CATEGORIES
                and core.subject_line_only(text, hit.start, hit.end)
            )
            if settled or self._impersonal(text, hit):
                score = LEX_SCORE_IMPERSONAL
            results.append(
                RecognizerResult(
                    entity_type=ENTITY_OF[self.category],
                    start=hit.start,
                    end=hit.end,
                    score=score,
                    analysis_explanation=_explanation(self._name, score, hit.strength),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        # Context words raise only weak terms; a service name
                        # ("boligstøtte") needs a person in its sentence instead.
                        # Nor is a weak term in a concluded trade or a general
                        # statement.
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: (
                            hit.strength != WEAK or settled
                        ),
                    },
                )
            )
        return results

    def _impersonal(self, text: str, hit: Any) -> bool:
        """A ``personal`` term in a sentence about no one or after a word of policy, or
        a strong term in a policy or general statement (``context/core.py``)."""
        if hit.strength == PERSONAL:
            if (self.category in _SUBJECT_BEFORE_CATEGORIES
                    and core.subject_just_before(text, hit.start)):
                # Round 12: "En af kvinderne, Sahra, er fra Somalia", "hej, er fra
                # Bosnien": the subject is a name set off by commas or a dropped "jeg".
                return core.after_policy_words(text, hit.start)
            money = self.category == "economy_social"
            return not core.about_a_person(
                text, hit.start, hit.end, employer_we=money, help_request=money,
                subject_body=self.category in _SUBJECT_BODY_CATEGORIES,
            ) or core.after_policy_words(text, hit.start)
        if hit.strength == STRONG:
            # A union named in an opinion or a question about unions is no one's
            # membership, nor is a union that hosts, rents or employs ("BUPL holder
            # konference"); other strong terms keep a writer who only asks or thinks ("vi
            # har hørt, at det tager lang tid for par af samme køn").
            general = core.general_statement(
                text, hit.start, hit.end, seller=self.category == "property_trade"
            )
            if (self.category == "union"
                    and (text[hit.end:hit.end + 7].lower() in _MEMBER_COMPOUNDS
                         # Round 28: a member noun ("Som gammel DLF'er vil jeg høre om
                         # ...", "jeg er 3F'er, kan I ...?"): the writer's membership.
                         or _member_noun(text, hit.start, hit.end))):
                # Round 12: "Som Djøf-medlem vil jeg gerne høre om stillingen": the
                # union named in a member compound is the writer's membership, even in
                # a question.
                return general
            return general or (self.category == "union" and (
                (core.opinion_only(text, hit.start, hit.end)
                 and not union.membership_before(text, hit.start)
                 # Round 29: a member the union writes for ("Jeg skriver fra HK
                 # Hovedstaden ... vores medlem Karina Holt") holds the union.
                 and not union.member_written_for(text)
                 # Round 16: the hit itself says the membership ("Som medlem af
                 # Sundhedskartellet vil jeg gerne spørge ...").
                 and not text[hit.start:hit.start + 11].lower().startswith(_MEMBER_HEADS))
                or union.union_as_organisation(text, hit.start, hit.end)
            ))
        return False


class DanishPartnerRecognizer(EntityRecognizer):
    """A partner of the writer's own sex: "min mand Mikael" signed by Søren
    (``partners.py``): sexual orientation said without any sensitive word."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[ENTITY_OF["sexual_orientation"]],
            supported_language=LANGUAGE,
            name="DanishPartnerRecognizer",
        )

    def load(self) -> None:
        """The name list loads on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=ENTITY_OF["sexual_orientation"],
                start=m.start,
                end=m.end,
                score=PARTNER_SCORE,
                analysis_explanation=_explanation(
                    "DanishPartnerRecognizer", PARTNER_SCORE, "same-sex partner"
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "DanishPartnerRecognizer",
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for m in (
                *partners.find_same_sex_partners(text),
                *partners.find_third_party_partners(text),
                *partners.find_said_partners(text),
                *partners.find_addressed_partners(text),
                *partners.find_couples(text),
                *partners.find_spoken_partners(text),
                *partners.find_kin_spouses(text),
                *partners.find_named_pairs(text),
            )
        ]


class DanishCareHomeRecognizer(EntityRecognizer):
    """Round 24: the writer's relative in a mail addressed to one care home or day
    centre ("Til plejecentret Bredekær / Min mor ...") is a resident or a user of it:
    care received (``care_and_money.care_home_relative``)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[ENTITY_OF["economy_social"]],
            supported_language=LANGUAGE,
            name="DanishCareHomeRecognizer",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # Round 27: the same for the writer's own meeting in a mail to the job centre
        # and a job centre's summons quoted in the mail (README: "A person's own
        # appointment or case at the jobcenter").
        spans = [sp for sp in (care_and_money.care_home_relative(text),
                               care_and_money.jobcenter_own_meeting(text),
                               care_and_money.jobcenter_quoted_summons(text),
                               # Round 28: the writer's child in a mail to PPR.
                               care_and_money.ppr_child_case(text))
                 if sp is not None]
        return [
            RecognizerResult(
                entity_type=ENTITY_OF["economy_social"],
                start=span[0],
                end=span[1],
                score=LEX_SCORE[PERSONAL],
                analysis_explanation=_explanation(
                    "DanishCareHomeRecognizer", LEX_SCORE[PERSONAL], "care or job centre client"
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "DanishCareHomeRecognizer",
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for span in spans
        ]


class _HitsCache:
    """All categories' lexicon hits for the text being analysed, computed once.

    Seven recognizers share one pass over the tokens; the cache holds only the last
    text (``Detector`` analyses one text at a time and guards it with a lock).
    """

    def __init__(self) -> None:
        self._key: tuple[int, str] | None = None
        self._hits: list[Any] = []

    def get(self, text: str, nlp_artifacts: NlpArtifacts | None, lexicon: Lexicon) -> list[Any]:
        key = (id(nlp_artifacts), text)
        if self._key != key:
            tokens: Sequence[tuple[int, str]]
            if nlp_artifacts is not None and nlp_artifacts.tokens is not None:
                done = nlp_artifacts.tokens.user_data.get(_TOKENS)
                tokens = (list(zip(done[0], done[1], strict=True)) if done is not None
                          else [(t.idx, t.text) for t in nlp_artifacts.tokens])
            else:
                tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\w+", text)]
            self._hits = lexicon.hits(text, tokens)
            self._key = key
        return self._hits

    def clear(self) -> None:
        self._key = None
        self._hits = []


def build_analyzer(lexicon: Lexicon) -> tuple[AnalyzerEngine, _HitsCache]:
    """An ``AnalyzerEngine`` with only our Danish recognizers and the offline engine."""
    cache = _HitsCache()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.add_recognizer(DanishCprRecognizer())
    registry.add_recognizer(DanishPartnerRecognizer())
    registry.add_recognizer(DanishCareHomeRecognizer())
    for category in lexicon.categories:
        registry.add_recognizer(DanishLexiconRecognizer(category, lexicon, cache))
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=OfflineDanishNlpEngine(),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=FastLemmaContextAwareEnhancer(
            context_similarity_factor=0.35,
            min_score_with_context_similarity=0.4,
            context_prefix_count=6,
            context_suffix_count=3,
        ),
    )
    return engine, cache
