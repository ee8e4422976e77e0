"""Goals not written in English: say which language, read their dates and numbers, and say
plainly what the checker cannot read.

The checker's rules are English. For a goal in French, Spanish or German it reads what
does not need the grammar (the deadline, the numbers, the plan's own names) and judges
those as it would in English; for the rest (what, with whom, how realistic) it says it
reads English only, as a warning, never a confident English reason such as "No
deadline" for "avant le 20 décembre". Such a goal is never called SMART.
"""

from __future__ import annotations

import re
from datetime import date

from .days import _Calendar, _month_end, _safe_date

NAMES = {"fr": "French", "es": "Spanish", "de": "German"}

_WORDS = {
    "fr": """le la les des du un une et à au aux avec pour sur dans avant après d'ici jusqu'au
        mon ma mes ce cette chez par plus davantage moins mois semaine fin début noël sur
        contacter participer prendre envoyer publier demander relancer rencontrés réseauter
        cafés recruteurs développeurs anciens collègues événements bientôt salon messages""",
    "es": """el la los las del un una y con para por en antes hasta mi mis este esta más mes
        semana fin navidad sobre contactar asistir tomar enviar publicar pedir conectar
        conocer escribir hacer algunos pronto reclutadores desarrolladores antiguos
        compañeros mensajes gerentes feria conocí que""",
    "de": """der die das den dem des und mit für auf bei bis zum zur im vor nach ein eine einen
        mehr bald ende monat woche weihnachten kontaktieren besuchen führen anschreiben
        veröffentlichen bitten treffen nachfassen netzwerken ehemalige kollegen paar von
        drei fünf zwei""",
}
_ENGLISH = frozenset("""the to with by on at and of for my in a an this next until before
    connect message attend post send ask meet reach out follow up have write publish apply
    join schedule recruiters people meetup meetups will i""".split())
_LEXICON = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_][^\W\d_']*(?:'[^\W\d_]+)?")
_ELISION = re.compile(r"^(?:d|l|qu|j|n|s)'")
_PUNCT = ".,;:!?()[]{}\"«»¿¡-–—/"

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
}
_MONTH_OF = {name: i + 1 for names in _MONTHS.values() for i, name in enumerate(names.split())}
_MONTH_RE = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
#: "20 décembre", "20 de diciembre", "20. Dezember", "le 20 décembre".
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:er)?\.?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\b")
#: "en décembre", "en diciembre", "im Dezember", "fin décembre", "Ende Dezember".
_MONTH_ONLY = re.compile(rf"\b(?P<pre>en|durant|pendant|im|in|fin|finales\s+de|ende|durante)"
                         rf"\s+(?:de\s+)?(?P<m>{_MONTH_RE})\b")
_CHRISTMAS = re.compile(r"\b(?:avant\s+)?no[eë]l\b|\bantes\s+de\s+navidad\b|\bnavidad\b"
                        r"|\bvor\s+weihnachten\b|\bweihnachten\b")
_VAGUE = re.compile(r"\b(?:bientôt|prochainement|un\s+jour|pronto|algún\s+día|bald|irgendwann)"
                    r"\b")
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "ein": 1, "eine": 1,
    "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10,
}
_COUNT = re.compile(r"(?<![\d.,/])\b(?P<n>\d{1,4})\b(?!\.\s*\w)(?!\s*(?:de\s+)?(?:"
                    + _MONTH_RE + r")\b)")
_VAGUE_AMOUNT = re.compile(r"\b(?:quelques|des|plusieurs|davantage|plus|algunos|algunas|varios"
                           r"|más|ein\s+paar|einige|mehrere|mehr)\b")


def detect(text: str) -> str:
    """``en``, ``fr``, ``es`` or ``de`` (English unless another language clearly wins)."""
    low = text.lower()
    distinct = {w.strip(_PUNCT) for w in low.split()}
    if "'" in low or "’" in low:
        distinct = {_ELISION.sub("", w.replace("’", "'")) for w in distinct}
    distinct.discard("")
    words = distinct
    if not words:
        return "en"
    english = len(distinct & _ENGLISH)
    scores = {lang: len(distinct & lex) for lang, lex in _LEXICON.items()}
    months = {lang: len(distinct & set(_MONTHS[lang].split())) for lang in _MONTHS}
    for lang, count in months.items():
        if count and lang != "de" or count and any(w in ("dezember", "märz") for w in words):
            scores[lang] += 2
    best = max(scores, key=lambda k: scores[k])
    score = scores[best]
    if score >= 2 and score > english or (score >= 1 and english == 0 and len(words) <= 3):
        return best
    return "en"


def deadline(text: str, cal: _Calendar) -> tuple[date | None, str, bool]:
    """(the deadline, the words that say it, vague) read from a French, Spanish or German
    goal; the year is the one that puts the date on or after the goal's month."""
    low = text.lower()
    m = _DAY_MONTH.search(low)
    if m:
        month, day = _MONTH_OF[m["m"]], int(m["d"])
        return _in_year(cal, month, day), text[m.start():m.end()], False
    m = _MONTH_ONLY.search(low)
    if m:
        month = _MONTH_OF[m["m"]]
        year = _year_for(cal, month)
        return _month_end(year, month), text[m.start():m.end()], False
    m = _CHRISTMAS.search(low)
    if m:
        return _in_year(cal, 12, 25), text[m.start():m.end()], False
    m = _VAGUE.search(low)
    if m:
        return None, text[m.start():m.end()], True
    return None, "", False


def count(text: str) -> tuple[int | None, str]:
    """The first count of a French, Spanish or German goal (digits or number words)."""
    low = text.lower()
    stripped = _DAY_MONTH.sub(" ", low)
    m = _COUNT.search(stripped)
    if m:
        return int(m["n"]), m["n"]
    for word in _TOKEN.findall(stripped):
        if word in _NUMBER_WORDS and word not in ("un", "une", "uno", "una", "ein", "eine",
                                                  "einen"):
            return _NUMBER_WORDS[word], word
    return None, ""


def vague_amount(text: str) -> bool:
    return bool(_VAGUE_AMOUNT.search(text.lower()))


def _year_for(cal: _Calendar, month: int) -> int:
    year = cal.month_start.year
    return year + 1 if _month_end(year, month) < cal.month_start else year


def _in_year(cal: _Calendar, month: int, day: int) -> date | None:
    return _safe_date(_year_for(cal, month), month, day)
