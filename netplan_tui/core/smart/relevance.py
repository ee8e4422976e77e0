"""Relevant: does the goal serve the big-picture goal and name something from the plan?"""

from __future__ import annotations

import re
from functools import lru_cache

from netplan_tui.core.roles import find_roles

from .analysis import (
    _LABEL_ADJECTIVE,
    _Analysis,
)
from .lexicon import (
    _ADJACENT_VOCAB,
    _CAREER_VOCAB,
    _GENERIC_VOCAB,
    _GOAL_NAMES,
    _GOAL_VOCAB,
    _PERSON_VOCAB,
    _PURPOSE,
    _STOPWORDS,
    _TECH_VOCAB,
)
from .result import (
    Criterion,
    PlanContext,
)
from .text import (
    Token,
    _lazy,
    _lower,
    _quote,
    _tokens,
)


def _judge_relevant(a: _Analysis) -> tuple[Criterion, str]:
    """Ok when the goal names something from the plan (a contact, role, company, sector,
    skill…) or is career work that serves the big-picture goal; a warning when it only
    serves the goal in general, or names people of a field the plan is not about."""
    ctx = a.context
    text = a.masked
    terms = _match_terms(ctx.terms, a.text, a.low) if ctx.terms else []
    people = [c[2] for c in a.contacts]
    goal_hit = ""
    for key in ctx.goals:
        m = _goal_match(key, ctx.custom_goal, text, a.tokens)
        if m:
            goal_hit = key
            break
    career = _CAREER_VOCAB.first(a.tokens)
    roles = [r for r in a.roles if r[3] not in ("", "?")]
    generic = _GENERIC_VOCAB.first(a.tokens) or _ADJACENT_VOCAB.first(a.tokens)
    purpose = _PURPOSE.search(text)
    named = people + terms
    hint = ""
    if named:
        hint = "Names " + ", ".join(named[:3]) + " from your plan"
    if goal_hit:
        # offered by the app, in its one voice: "you" throughout
        hint = (hint + "; serves " if hint else "Serves ") + _GOAL_NAMES.get(
            goal_hit, "your goal")
    if purpose and not hint:
        hint = _quote(a.text, purpose.start(), min(len(a.text), purpose.end() + 40))
    serves = f" and serves {_GOAL_NAMES.get(goal_hit)}" if goal_hit in _GOAL_NAMES else ""
    if named:
        what = ", ".join(f'"{n}"' for n in named[:2])
        return Criterion("ok", f"Names {what} from your plan{serves}.", ""), hint
    if not (ctx.goals or ctx.terms):
        if career or roles or a.contacts:
            said = (_quote(a.text, career[0], career[1]) if career
                    else a.text[roles[0][0]:roles[0][1]])
            return Criterion("ok", f'Career-related: "{said}".', ""), (
                hint or "Builds your professional network")
        if generic:
            return Criterion("warn", f'Only "{_quote(a.text, generic[0], generic[1])}": '
                             "no role, company or community named.",
                             "Name who or where: e.g. 'recruiters in fintech', 'the local "
                             "Python meetup'."), hint
        return Criterion("fail", "No link to your career or network.",
                         "Make it about your network: e.g. 'message 3 developers at companies "
                         "you admire'."), hint
    off = _off_field(a, roles)
    if off:
        return Criterion("warn", f'"{off}" are outside the fields of your plan '
                         f"({_fields_list(a.plan_fields)}).",
                         f"Aim at your own field: e.g. '{_term_example(ctx)}'."), hint
    tech = _off_field_skill(a, roles)
    if tech:
        return Criterion("warn", f'"{tech}" is software, outside the fields of your plan '
                         f"({_fields_list(a.plan_fields)}).",
                         f"Aim at your own field: e.g. '{_term_example(ctx)}'."), hint
    skill_only = career is not None and not roles and not goal_hit and all(
        _TECH_VOCAB.hit([t]) or _ADJACENT_VOCAB.hit([t]) for t in a.tokens
        if _CAREER_VOCAB.hit([t]))
    if skill_only:
        return Criterion("warn", f'A skill ("{_quote(a.text, career[0], career[1])}"), but no '
                         f"one to meet: it does not clearly serve {_goal_list(ctx)}.",
                         "Tie it to people: e.g. 'and show it to 2 engineers at a target "
                         "company'."), hint
    if career or roles:
        said = (_quote(a.text, career[0], career[1]) if career
                else a.text[roles[0][0]:roles[0][1]])
        if ctx.terms:
            a.tips.append(f"Name a target from your plan to tie it closer: e.g. "
                          f"'{_term_example(ctx)}'.")
        elif not goal_hit and not purpose:
            a.tips.append(f"Say how it serves {_goal_list(ctx)}: add a purpose, e.g. "
                          "'to meet people who hire'.")
        return Criterion("ok", f'Career work ("{said}"){serves}.', ""), hint
    if goal_hit:
        return Criterion("warn", "Serves your goal but names no one and nothing from your plan.",
                         f"Name a target from your plan: e.g. '{_term_example(ctx)}'."), hint
    if generic:
        return Criterion("warn", f'Only "{_quote(a.text, generic[0], generic[1])}": it does '
                         f"not clearly serve {_goal_list(ctx)}.",
                         "Tie it to your big-picture goal: name who or where, e.g. "
                         f"'{_term_example(ctx)}'."), hint
    return Criterion("fail", "Unrelated to your networking plan.",
                     "Pick an action that moves your plan: e.g. 'message 3 recruiters in "
                     "your target sector'."), hint


def _off_field(a: _Analysis, roles: list[tuple[int, int, str, str]]) -> str:
    """The people named when every role of the goal lies outside the plan's fields."""
    fields = a.plan_fields
    if not fields or not roles or any(r[3] in fields for r in roles):
        return ""
    if any(r[3] == "" for r in a.roles):
        return ""  # a recruiter or a founder helps anyone
    start, end = roles[0][0], roles[0][1]
    before = _LABEL_ADJECTIVE.search(a.masked, max(0, start - 16), start)
    if before and before["word"] not in _STOPWORDS and not before["word"].isdigit():
        start = before.start("word")
    return a.text[start:end]


def _off_field_skill(a: _Analysis, roles: list[tuple[int, int, str, str]]) -> str:
    """A software skill as the goal's only anchor in a plan about another field
    ("2 Kubernetes meetups" for a nurse): the technology, else ""."""
    fields = a.plan_fields
    if not fields or fields & {"software", "data", "security", "design", "product"} or roles:
        return ""
    if any(r[3] == "" for r in a.roles) or a.contacts:
        return ""
    found = _TECH_VOCAB.first(a.tokens)
    if found is None:
        return ""
    word = found[2]
    if word in ("tech", "software", "data", "web", "cloud", "design", "ai", "saas", "b2b",
                "fintech", "healthtech", "edtech", "climate tech", "security", "mobile"):
        return ""  # a sector word, not a developer's skill
    return _quote(a.text, found[0], found[1])


def _fields_list(fields: frozenset[str]) -> str:
    names = sorted(f.replace("_", " ") for f in fields)
    return ", ".join(names[:3])


def _goal_list(ctx: PlanContext) -> str:
    names = [_GOAL_NAMES.get(k, "your goal") for k in ctx.goals[:2]]
    return " or ".join(names) if names else "your goal"


def _term_example(ctx: PlanContext) -> str:
    """An example that names the plan: its first role ("message 3 product managers"),
    else its first name ("message 3 people at Skanska"), else recruiters."""
    names = [" ".join(t.split()) for t in ctx.terms if t.strip()][:60]
    for name in names:
        low = _lower(name)
        found = find_roles(low)
        if found and found[0][0] == 0 and found[0][1] == len(low):
            return f"message 3 {_plural_phrase(_cased(name))}"
    for name in names:
        low = _lower(name)
        if _PERSON_VOCAB.hit(_tokens(low)) and not low.endswith(("acquisition", "operations")):
            return f"message 3 {_plural_phrase(_cased(name))}"
    if names:
        return f"message 3 people at {_COMPANY_SUFFIX.sub('', names[0]).strip(' .,')}"
    return "message 3 recruiters"


def _cased(name: str) -> str:
    """Lower case, but acronyms as written ("HR business partner")."""
    return " ".join(w if w.isupper() and len(w) <= 4 else w.lower() for w in name.split())


def _plural_phrase(phrase: str) -> str:
    if phrase.endswith("s"):
        return phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def _goal_match(key: str, custom: str, text: str, tokens: list[Token]) -> bool:
    if key == "custom":
        pattern = _custom_pattern(custom)
        return bool(pattern and pattern.search(text)) or _CAREER_VOCAB.hit(tokens)
    vocab = _GOAL_VOCAB.get(key)
    return bool(vocab and vocab.hit(tokens))


@lru_cache(maxsize=32)
def _custom_pattern(custom: str) -> re.Pattern[str] | None:
    words = {w for w in re.findall(r"[a-z][a-z+#.-]{3,}", _lower(custom[:300]))
             if w not in _STOPWORDS}
    if not words:
        return None
    alts = "|".join(re.escape(_singular_word(w)) + r"(?:s|es)?" for w in sorted(words))
    return re.compile(r"\b(?:" + alts + r")\b")


def _singular_word(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_DEV_SYNONYMS = r"(?:developer|engineer|dev|programmer)s?"


_COMPANY_SUFFIX = _lazy(r"[\s,]+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a"
                             r"|ag|bv|oy|ab)\.?$", re.IGNORECASE)


_AMBIGUOUS_TERMS = frozenset({"go", "it", "art", "us", "me", "one", "net", "do", "be", "so",
                              "am", "ai", "ml", "ui", "ux", "qa"})


def _term_regex(term: str) -> tuple[str, bool] | None:
    name = _COMPANY_SUFFIX.sub("", " ".join(term.split())).strip(" .,;:-")
    if re.match(r"(?i)the\s+", name):
        name = name[4:]
    if not name or len(name) > 60:
        return None
    words = re.findall(r"[^\s/,;()]+", _lower(name))
    if not words:
        return None
    parts = []
    for i, word in enumerate(words):
        word = word.strip(".:")
        if not word:
            continue
        last = i == len(words) - 1
        single = _singular_word(word)
        if single in ("developer", "engineer", "dev", "programmer"):
            parts.append(_DEV_SYNONYMS)
        elif last and single.endswith("y") and len(single) > 3:
            parts.append(re.escape(single[:-1]) + r"(?:y|ies)")
        elif last:
            parts.append(re.escape(single) + r"(?:s|es|'s)?")
        else:
            parts.append(re.escape(word))
    if not parts:
        return None
    case_sensitive = len(words) == 1 and (len(name) <= 2 or words[0] in _AMBIGUOUS_TERMS)
    return r"[\s-]+".join(parts), case_sensitive


@lru_cache(maxsize=32)
def _terms_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str] | None,
                                                   re.Pattern[str] | None, tuple[str, ...]]:
    """Two patterns: tolerant (on lower-case text) and exact (short, ambiguous names)."""
    loose, strict = [], []
    names: list[str] = []
    for term in terms[:200]:
        built = _term_regex(term)
        if not built:
            continue
        pattern, exact = built
        group = f"t{len(names)}"
        names.append(term.strip())
        if exact:
            strict.append(rf"(?P<{group}>(?<![\w+#]){re.escape(term.strip())}(?![\w+#]))")
        else:
            loose.append(rf"(?P<{group}>(?<![\w+#]){pattern}(?![\w+#]))")
    loose_re = re.compile("|".join(loose)) if loose else None
    strict_re = re.compile("|".join(strict)) if strict else None
    return loose_re, strict_re, tuple(names)


def _match_terms(terms: tuple[str, ...], text: str, low: str) -> list[str]:
    loose, strict, names = _terms_pattern(tuple(terms))
    found: list[str] = []
    for pattern, source in ((loose, low), (strict, text)):
        if pattern is None:
            continue
        for m in pattern.finditer(source):
            if pattern is strict and m.start() == 0:
                continue  # "Go to 2 meetups": a capital at the start proves nothing
            name = names[int(m.lastgroup[1:])]  # type: ignore[index]
            if name not in found:
                found.append(name)
    return found


