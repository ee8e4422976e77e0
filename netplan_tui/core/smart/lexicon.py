"""Lexicons: action verbs and their classes, activities, roles, channels, goals."""

from __future__ import annotations

from .text import (
    _lazy,
    _Pattern,
    _plurals,
    _Vocab,
)

_QUALIFIER = _lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:at|from|in|who|working|that|which|now\s+at|with|about|of"
    r"|whose|(?:experienced|based|skilled|living|located|working)\s+(?:in|at))\s+\S|(?:i|we|i've|we've)\s+(?:\w+\s+){0,2}?\w*(?:ed|en|met|know|knew)\b)"
    r"|\s+there\b"
)


_ONGOING = _lazy(r"\b(?:keep|continue|carry\s+on)\s+(?:on\s+)?[a-z]+ing\b|\bcontinue\s+to\b")


_COMPARATIVE = _lazy(r"\b(?:faster|quicker|sooner|more\s+often|more\s+regularly|more\s+consistently"
                     r"|better|harder|smarter)\b")


_JOB_NOUN = _lazy(r"\b(?:jobs?|offers?|roles?|positions?|interviews?|dream\s+job)\b")


_JOB_QUALIFIER = _lazy(r"\s*(?:at|for|with|as|in)\s+\S")


# activity: (monthly maximum, minutes per unit)
_ACTIVITY: dict[str, tuple[float, float]] = {
    "coffee chat": (12, 60),
    "connect": (150, 5),
    "message": (80, 15),
    "event": (8, 180),
    "hackathon": (2, 960),
    "post": (30, 45),
    "article": (6, 240),
    "comment": (150, 5),
    "talk": (2, 900),
    "proposal": (10, 120),
    "apply": (60, 45),
    "ask": (12, 20),
    "contribute": (20, 240),
    "volunteer": (8, 120),
    "mentor": (8, 90),
    "join": (20, 20),
    "answer": (60, 20),
    "meet": (20, 60),
    "host": (4, 300),
}


_PERSON_ACTIVITIES = frozenset({"coffee chat", "connect", "message", "ask", "mentor", "meet"})


_UNIT_ACTIVITY: tuple[tuple[_Pattern, str], ...] = tuple(
    (_lazy(r"\b(?:" + pat + r")\b"), act)
    for pat, act in (
        (r"coffee(?:\s+chats?)?|virtual\s+coffees?|coffees", "coffee chat"),
        (r"info(?:rmational)?\s+(?:interviews?|calls?|chats?|meetings?)", "coffee chat"),
        (r"hackathons?", "hackathon"),
        (r"(?:talk\s+)?proposals?|cfps?|abstracts?", "proposal"),
        (r"lightning\s+talks?|talks?|presentations?|keynotes?", "talk"),
        (r"blog\s+posts?|articles?|blogs?|videos?|tutorials?|case\s+stud(?:y|ies)|guides?"
         r"|newsletters?|podcasts?|episodes?", "article"),
        (r"posts?|tweets?|threads?|carousels?|tips?|toots?|updates?", "post"),
        (r"comments?", "comment"),
        (r"connection\s+requests?|invitations?|invites?", "connect"),
        (r"messages?|e-?mails?|dms?|notes?|follow-ups?|intro\s+messages?|letters?", "message"),
        (r"meetups?|events?|conferences?|webinars?|summits?|fairs?|competitions?|workshops?"
         r"|meetings?\s+groups?", "event"),
        (r"applications?|jobs?|roles?|positions?|openings?", "apply"),
        (r"referrals?|introductions?|intros?|recommendations?", "ask"),
        (r"prs?|pull\s+requests?|contributions?|commits?|issues?", "contribute"),
        (r"questions?|answers?", "answer"),
        (r"communit(?:y|ies)|(?<!study\s)groups?|servers?|channels?|clubs?|slacks?|discords?",
         "join"),
        (r"calls?|meetings?|lunch(?:es)?|interviews?|study\s+groups?|sessions?|one-on-ones?",
         "meet"),
    )
)


_OUTCOME_UNITS = _lazy(
    r"\b(?:followers?|likes?|views?|stars?|repl(?:y|ies)|responses?|offers?|callbacks?"
    r"|subscribers?|impressions?|upvotes?|reactions?|acceptances?|endorsements?)\b"
)


# action verbs: (name, class, pattern). Class: person (needs a who), content (needs a
# where or a topic), object (needs a what), outcome (depends on others), weak.
_ACTION_TABLE: tuple[tuple[str, str, str], ...] = (
    ("connect", "person", r"(?:re)?connect(?:s|ed|ing)?"),
    ("message", "person", r"(?:cold[-\s]?)?messag(?:e|es|ed|ing)|dm(?:s|'?d|'?ed|ing)?"
     r"|ping(?:s|ed|ing)?|text(?:s|ed|ing)?|thank(?:s|ed|ing)?|write\s+to|shoot"
     r"|drop\s+(?:a\s+)?(?:line|note|message|dm)"),
    ("email", "person", r"(?:cold[-\s]?)?e-?mail(?:s|ed|ing)?"),
    ("reach out", "person", r"reach(?:es|ed|ing)?\s+out|get(?:ting)?\s+in\s+touch"
     r"|touch(?:ing)?\s+base|hit(?:ting)?\s+up|contact(?:s|ed|ing)?|introduce\s+myself"),
    ("follow up", "person", r"follow(?:s|ed|ing)?[-\s]+up"),
    ("invite", "person", r"invit(?:e|es|ed|ing)"),
    ("ask", "person", r"ask(?:s|ed|ing)?"),
    ("meet", "person", r"meet(?:s|ing)?|met|sit\s+down\s+with|catch(?:ing)?\s+up\s+with"
     r"|chat(?:s|ted|ting)?\s+with|talk(?:s|ed|ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)"
     r"|have\s+lunch|lunch\s+with|pair(?:\s+program(?:ming)?)?\s+with|pair\s+program"
     r"|interview(?:s|ed|ing)?(?=\s+(?:\d|a\b|an\b|the\b|my\b|two|three|four|five))"),
    ("call", "person", r"call(?=\s+(?:\d|a\b|an\b|the\b|my\b|two|three|four|five))"),
    ("mentor", "person", r"mentor(?:ing)?(?=\s+(?:\d|a\b|an\b|two|three|four|five|some|junior"
     r"|my\b|new\b))"),
    ("network", "weak", r"network(?:ing)?\s+(?:with|at|in|during)"),
    ("attend", "object", r"attend(?:s|ed|ing)?|go(?:es|ing)?\s+to|went\s+to"
     r"|show(?:ing)?\s+up\s+(?:to|at)|sign(?:ed|ing)?\s+up\s+(?:for|to)"
     r"|register(?:ed|ing)?\s+(?:for|at)|rsvp\w*|participate\s+in|take\s+part\s+in"
     r"|enter(?:s|ed|ing)?"),
    ("join", "object", r"join(?:s|ed|ing)?|be(?:come)?\s+(?:a\s+)?part\s+of"),
    ("present", "object", r"present(?:s|ed|ing)?|speak(?:s|ing)?\s+at|spoke\s+at"
     r"|give\s+(?:a|an|\d+|one|two|three|four|five|my)\s+(?:[\w-]+\s+){0,2}"
     r"(?:talks?|presentations?|workshops?|demos?|keynotes?)|pitch(?:es|ed|ing)?"),
    ("write", "content", r"writ(?:e|es|ing)(?:\s+up)?|wrote|publish(?:es|ed|ing)?"
     r"|blog(?:ging)?(?=\s+about)"),
    ("post", "content", r"post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|toot(?:s|ed|ing)?"
     r"|repost\w*|shar(?:e|es|ed|ing)"),
    ("comment", "content", r"comment(?:s|ed|ing)?|repl(?:y|ies|ied|ying)\s+to"
     r"|respond(?:s|ed|ing)?\s+to"),
    ("record", "content", r"record(?:s|ed|ing)?|film(?:s|ed|ing)?|stream(?:s|ed|ing)?"),
    ("apply", "object", r"appl(?:y|ies|ied|ying)"),
    ("contribute", "contribute", r"contribut(?:e|es|ed|ing)"),
    ("volunteer", "object", r"volunteer(?:s|ed|ing)?"),
    ("host", "object", r"host(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)"
     r"|run\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:workshop|meetup|session|study\s+group|event"
     r"|webinar)"),
    ("answer", "object", r"answer(?:s|ed|ing)?"),
    ("send", "object", r"send(?:s|ing)?|sent"),
    ("schedule", "object", r"schedul(?:e|es|ed|ing)|book(?:s|ed|ing)?|set(?:ting)?\s+up"
     r"|line\s+up|arrang(?:e|es|ed|ing)|have|hold|do"),
    ("submit", "object", r"submit(?:s|ted|ting)?"),
    ("update", "object", r"updat(?:e|es|ed|ing)|refresh(?:es|ed|ing)?|polish(?:es|ed|ing)?"
     r"|rewrit(?:e|es|ing)|redo|revamp(?:s|ed|ing)?|optimi[sz]e|finish(?:es|ed|ing)?"
     r"|complet(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|build(?:s|ing)?|launch(?:es|ed|ing)?"
     r"|put\s+together|prepare|review(?:s|ed|ing)?|research(?:es|ed|ing)?"
     r"|find(?=\s+(?:\d|two|three|four|five|six|ten))|list"),
    ("outcome", "outcome", r"get(?:ting)?|got|land(?:s|ed|ing)?|rec(?:ei|ie)v(?:e|es|ed|ing)"
     r"|gain(?:s|ed|ing)?|grow(?:s|ing)?|increas(?:e|es|ed|ing)|reach(?!\s+out)|earn(?:s|ed)?"
     r"|secur(?:e|es|ed|ing)|win|double|boost(?:s|ed|ing)?|hit(?!\s+up)"),
    ("find", "weak", r"find|look(?:ing)?\s+for|search(?:ing)?\s+for|aim(?:ing)?\s+for|seek\w*"),
)


#: The words that can start each action: only tokens among them are tried.
_ACTION_FIRST_WORDS: dict[str, str] = {
    "connect": "connect connects connected connecting reconnect reconnects reconnected "
               "reconnecting",
    "message": "message messages messaged messaging cold dm dms dm'd dm'ed dmed dming ping pings "
               "pinged pinging text texts texted texting thank thanks thanked thanking write "
               "shoot drop",
    "email": "email emails emailed emailing e cold",
    "reach out": "reach reaches reached reaching get getting touch touching hit hitting contact "
                 "contacts contacted contacting introduce",
    "follow up": "follow follows followed following",
    "invite": "invite invites invited inviting",
    "ask": "ask asks asked asking",
    "meet": "meet meets meeting met sit catch catching chat chats chatted chatting talk talks "
            "talked talking speak speaking have lunch pair interview interviews interviewed "
            "interviewing",
    "call": "call",
    "mentor": "mentor mentoring",
    "network": "network networking",
    "attend": "attend attends attended attending go goes going went show showing sign signed "
              "signing register registered registering rsvp rsvps rsvped rsvp'd participate "
              "take enter enters entered entering",
    "join": "join joins joined joining be become",
    "present": "present presents presented presenting speak speaks speaking spoke give pitch "
               "pitches pitched pitching",
    "write": "write writes writing wrote publish publishes published publishing blog blogging",
    "post": "post posts posted posting tweet tweets tweeted tweeting toot toots tooted tooting "
            "repost reposts reposted reposting share shares shared sharing",
    "comment": "comment comments commented commenting reply replies replied replying respond "
               "responds responded responding",
    "record": "record records recorded recording film films filmed filming stream streams "
              "streamed streaming",
    "apply": "apply applies applied applying",
    "contribute": "contribute contributes contributed contributing",
    "volunteer": "volunteer volunteers volunteered volunteering",
    "host": "host hosts hosted hosting organise organises organised organising organize "
            "organizes organized organizing run",
    "answer": "answer answers answered answering",
    "send": "send sends sending sent",
    "schedule": "schedule schedules scheduled scheduling book books booked booking set setting "
                "line arrange arranges arranged arranging have hold do",
    "submit": "submit submits submitted submitting",
    "update": "update updates updated updating refresh refreshes refreshed refreshing polish "
              "polishes polished polishing rewrite rewrites rewriting redo revamp revamps "
              "revamped revamping optimise optimize finish finishes finished finishing complete "
              "completes completed completing create creates created creating build builds "
              "building launch launches launched launching put prepare review reviews reviewed "
              "reviewing research researches researched researching find list",
    "outcome": "get gets getting got land lands landed landing receive receives received "
               "receiving recieve recieves recieved recieving gain gains gained gaining grow "
               "grows growing increase increases "
               "increased increasing reach earn earns earned secure secures secured securing win "
               "double boost boosts boosted boosting hit",
    "find": "find look looking search searching aim aiming seek seeks seeking",
}


_BY_GERUND = _lazy(r"\bby\s+(?P<verb>[a-z]{3,}ing)\b")


_PAST_FORMS = frozenset({"met", "spoke", "wrote", "sent", "got", "gave", "went", "did", "had",
                         "built", "ran", "saw", "made", "found", "joined"})


_BE_BEFORE = _lazy(r"(?:'m|\bam|\bare|'re|\bis|'s|\bwas|\bwere)\s+$")


_GOING_TO_PLACE = _lazy(r"\s+(?:the|a|an|my|our|at\s+least|\d|one|two|three|four|five|six"
                        r"|seven|eight|nine|ten|every|each|this|next|some|more|several|local"
                        r"|[\w-]*(?:meetups?|events?|conferences?|hackathons?|summits?|fairs?)"
                        r")\b")


_RELATIVE_BEFORE = _lazy(r"\b(?:i|we|you|they|he|she|who|that|which|had|have|has)\s+$")


_ACTION_BY_WORD: dict[str, list[tuple[int, str, str, _Pattern]]] = {}


for _index, (_name, _cls, _pat) in enumerate(_ACTION_TABLE):
    _compiled = _lazy(r"(?:" + _pat + r")\b")
    for _word in _ACTION_FIRST_WORDS[_name].split():
        _ACTION_BY_WORD.setdefault(_word, []).append((_index, _name, _cls, _compiled))


# Object phrases that rename a generic verb ("schedule 3 coffee chats" -> coffee chat).
_OBJECT_ACTION: tuple[tuple[_Pattern, str, str], ...] = tuple(
    (_lazy(r"\b(?:" + pat + r")\b"), name, cls)
    for pat, name, cls in (
        (r"info(?:rmational)?\s+(?:interviews?|calls?|chats?|meetings?)",
         "informational interview", "person"),
        (r"coffee(?:\s+chats?)?|coffees", "coffee chat", "person"),
        (r"connection\s+requests?|invitations?|invites?|connections?", "connect", "person"),
        (r"referrals?", "ask for a referral", "person"),
        (r"introductions?|intros?(?!\s+message)", "ask for an introduction", "person"),
        (r"messages?|notes?|dms?|updates?|letters?|follow-ups?", "message", "person"),
        (r"e-?mails?", "email", "person"),
        (r"calls?|meetings?|lunch(?:es)?|one-on-ones?|1:1s?|interviews?", "meet", "person"),
        (r"resumes?|r\u00e9sum\u00e9s?|cvs?|applications?", "apply", "object"),
        (r"talks?|presentations?|keynotes?", "present", "object"),
    )
)


_VERB_CLASS_OVERRIDE = frozenset({"schedule", "send", "outcome", "ask", "update"})


_VAGUE_ACTION = _lazy(
    r"\b(?:network(?:ing)?\s+more|(?:do|doing)\s+(?:more|some|a\s+(?:bit|little)\s+(?:of\s+)?)"
    r"(?:\s*\w+)?|more\s+networking|spend(?:ing)?\s+(?:less|more)\s+time"
    r"|learn(?:ing)?\s+(?:how\s+)?to\s+network"
    r"|(?:get|getting)\s+better(?:\s+at)?|be(?:come|coming)?\s+(?:a\s+)?(?:more|better)\b(?:\s+[\w-]+)?"
    r"|becom(?:e|ing)\b|be\s+(?:more\s+)?(?:active|visible|present|known|seen)"
    r"|put(?:ting)?\s+myself\s+out\s+there|get(?:ting)?\s+(?:myself\s+)?out\s+there"
    r"|improv(?:e|es|ed|ing)|work(?:ing)?\s+on|focus(?:ing)?\s+on"
    r"|(?:grow|expand|build|develop|strengthen|widen)(?:ing|s)?\s+my\s+(?:professional\s+)?"
    r"(?:network|brand|presence|visibility|reputation|relationships)"
    r"|build(?:ing)?\s+relationships|enhanc\w+|engag(?:e|ing)\s+more|get(?:ting)?\s+involved"
    r"|get(?:ting)?\s+noticed|stay(?:ing)?\s+active|keep(?:ing)?\s+in\s+touch"
    r"|stay(?:ing)?\s+in\s+touch|keep(?:ing)?\s+up\s+with|make\s+it\s+a\s+habit"
    r"|knock(?:ing)?\s+on\s+doors|look(?:ing)?\s+into|think(?:ing)?\s+about|explor\w+"
    r"|(?<!my\s)(?<!alumni\s)network(?:ing)?(?!\s+(?:with|at|in|during|events?))"
    r"|be\s+a\s+(?:better\s+)?networker)\b"
)


_VAGUE_TRIGGERS = frozenset("""
net do doi mor get be bec put imp wor foc gro exp bui dev str wid enh eng sta kee mak kno loo
thi spe lea
""".split())


_HEDGE_TRIGGERS = frozenset("""
try tri may per hop if mig att or let kin sor lik gue ide
""".split())


_QUANTITY_TRIGGERS = frozenset("""
som a few sev mor man bun lot ple var mul num han as reg oft fre occ doz ton loa cou
""".split())


_BINARY_TRIGGERS = frozenset("""
upd ref pol rew red rev opt fin com cle fix tid set cre bui lau get be bec lan sec pas sit
sub hav
""".split())


_OUTCOME_TRIGGERS = frozenset("""
get got be bec lan sec rec ear win gai gro inc rea dou boo hit fin mak hav hea
""".split())


_ALL_OF = _lazy(r"\b(?:all\s+(?:of\s+)?(?:my|the|our)|every(?:one|body)|each\s+of"
               r"|(?:every|each)\s+(?!(?:other|single|day|days|weekday|workday|business|week"
               r"|weekend|fortnight|month|quarter|year|morning|evening|night|afternoon|time"
               r"|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
               r"[a-z][a-z-]+)\b")


_HEDGE = _lazy(
    r"\b(?:try(?:ing)?\s+(?:to|and)|tried\s+to|maybe|perhaps|hopefully|if\s+possible"
    r"|if\s+i\s+can|if\s+i\s+have\s+(?:the\s+)?time|might|attempt\s+to|or\s+so|let's\s+say"
    r"|kind\s+of|sort\s+of|like(?=\s+\d)|i\s+guess|ideally|hope\s+to)\b"
)


_VAGUE_QUANTITY = _lazy(
    r"\b(?:some|a\s+few|few|several|more|many|a\s+bunch\s+of|bunch\s+of|lots\s+of|a\s+lot\s+of"
    r"|plenty\s+of|various|multiple|numerous|a\s+handful\s+of|as\s+many\s+as\s+(?:possible|i\s+can)"
    r"|regularly|often|frequently|occasionally|dozens\s+of|tons\s+of|loads\s+of|countless"
    r"|a\s+number\s+of)\b"
)


_LEAD_IN = _lazy(
    r"^\W*(?:(?:i|we)\s+(?:will|shall|want\s+to|plan\s+to|am\s+going\s+to|need\s+to"
    r"|would\s+like\s+to|aim\s+to|intend\s+to|should|must|can|could|hope\s+to)\s+"
    r"|i'm\s+going\s+to\s+|i'd\s+(?:like|love)\s+to\s+|my\s+goal\s+is\s+to\s+"
    r"|(?:i|we)'ll\s+|let's\s+|let\s+me\s+|goal:\s*|to\s+)?(?P<verb>[a-z][a-z'-]*)"
)


_NON_VERBS = frozenset("""
i me my we our you your the a an this that these those it its be is am are was were been get
try more better really also just very so and or but if then by before after until in on at to
for with from of about over each every next last some any all no not one two three four five
six seven eight nine ten can could would should will shall may might must do does did have has
had being please let lets let's maybe hopefully perhaps need want goal goals new first second
monthly weekly daily yes ok okay
""".split())


_BINARY_DELIVERABLE = _lazy(
    r"\b(?:updat(?:e|ing)|refresh(?:ing)?|polish(?:ing)?|rewrit(?:e|ing)|redo|revamp(?:ing)?"
    r"|optimi[sz]e|finish(?:ing)?|complet(?:e|ing)|clean\s+up|fix|tidy(?:\s+up)?|redesign"
    r"|set\s+up|creat(?:e|ing)|build|launch)\s+(?:up\s+)?(?:my|our)\b"
    r"|\b(?:get|be|become)\s+hired\b|\b(?:land|get|find|secure)\s+(?:my|the)\s+(?:dream\s+)?"
    r"(?:job|role|position|offer)\b"
    r"|\b(?:pass(?:ing)?|sit|submit(?:ting)?|complet(?:e|ing)|finish(?:ing)?)\s+(?:my|our|the|a|an)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:exam|test|certification|certificate|course|application|cfp"
    r"|proposal|abstract|assessment|take-home|section|profile|portfolio|case\s+study)\b"
    r"|\b(?:have|get)\s+(?:my|our)\s+(?:[\w-]+\s+){1,3}?(?:checked|reviewed|proofread|critiqued"
    r"|looked\s+at|signed\s+off)\b"
)


_SINGULAR = _lazy(
    r"\b(?:a|an|one|the|my\s+first|a\s+single|my)\s+(?:[\w'\u00c0-\u024f-]+\s+){0,3}?"
    r"(?P<noun>coffee\s+chat|informational\s+interview|talk|lightning\s+talk|presentation"
    r"|workshop|post|blog\s+post|article|video|tutorial|thread|tweet|carousel|case\s+study"
    r"|meetup|event|conference|webinar|hackathon|summit|competition|call|meeting|lunch"
    r"|interview|referral|introduction|intro|job|offer|role|position|recommendation"
    r"|pull\s+request|pr|message|email|note|dm|letter|tip|newsletter|podcast|club"
    r"|community|group|study\s+group|one-on-one|mentor|recruiter|engineer|developer|manager"
    r"|founder|cto|lead|organi[sz]er|speaker|colleague|coworker|classmate|friend|coach"
    r"|professor|teacher|advisor|adviser|buddy|partner"
    r"|hiring\s+manager|teammate|peer|contact|person|application|demo|proposal|deck)\b"
    r"|\b(?P<someone>someone|somebody)\b"
)


_SINGULAR_PERSON = frozenset({
    "coach", "professor", "teacher", "advisor", "adviser", "buddy", "partner",
    "mentor", "recruiter", "engineer", "developer", "manager", "founder", "cto", "lead",
    "organiser", "organizer", "speaker", "colleague", "coworker", "classmate", "friend",
    "hiring manager", "teammate", "peer", "contact", "person",
})


_OUTCOME = _lazy(
    r"(?<!they\s)(?<!who\s)(?<!he\s)(?<!she\s)(?<!they've\s)\b(?:"
    r"(?:get|got|getting|be|become)\s+hired|hear(?:ing)?\s+back\s+from\s+(?:\d+|one|two|three"
    r"|four|five|six|seven|eight|nine|ten)\b|(?:get|got|getting|land|landing|secure|securing"
    r"|rec(?:ei|ie)ve|rec(?:ei|ie)ving|earn|win)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+"
    r"|up\s+to\s+)?(?:(?:a|an|my|the|\d[\d,]*|one|two|three|four|five|ten"
    r"|some|more|new)\s+)*(?:[\w-]+\s+){0,2}?(?:jobs?|offers?|interviews?|referrals?"
    r"|roles?|positions?|replies|reply|responses?|callbacks?|followers?|likes?|views?|stars?"
    r"|subscribers?|endorsements?|recommendations?|mentors?|invitations?|connections?"
    r"|upvotes?|reactions?|impressions?)"
    r"|(?:gain|grow|increase|reach|double|boost|hit)(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?"
    r"(?:followers?|following|audience|views?|likes?|stars?|subscribers?|connections?"
    r"|engagement|impressions?|reach)"
    r"|(?:get|got)\s+(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}?to\s+(?:reply|respond|answer|accept"
    r"|call|refer)"
    r"|find\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?(?:mentor|job|sponsor|co-?founder|referral|buddy"
    r"|partner|teammate|friend|coach)"
    r"|make\s+(?:\w+\s+){0,2}?friends?"
    r"|(?:have|gain|get)\s+(?:(?:at\s+least|a\s+minimum\s+of|\d+|\w+)\s+)?(?:new\s+)?"
    r"(?:connections|followers|subscribers|offers|replies|responses)"
    r"|(?:be|get|getting|got)\s+(?:invited|featured|accepted|selected|hired|published"
    r"|recogni[sz]ed|noticed)"
    r")\b"
)


_GENERIC_PERSON = frozenset({
    "people", "person", "persons", "folk", "folks", "contact", "contacts", "connection",
    "connections", "individual", "individuals", "someone", "somebody", "everyone", "anyone",
    "stranger", "strangers", "others", "network",
})


_PERSON_SPEC = """
coach professor teacher lecturer advisor adviser counsellor counselor buddy
recruiter recruiting_manager talent_partner talent_acquisition hiring_manager
engineering_manager eng_manager product_manager project_manager program_manager manager
developer devs engineer programmer coder founder co_founder cofounder cto ceo vp director
head_of lead leader architect designer scientist analyst pm pms advocate maintainer
contributor speaker organiser organizer mentor mentee alumni alumnus alum classmate colleague
coworker co_worker peer friend junior senior attendee member student grad graduate
professional expert teammate partner interviewer employee specialist consultant freelancer
writer creator hacker sre executive company companies startup agency organisation
organization people person folk folks contact connection individual someone somebody everyone
anyone stranger others my_network hr
"""


_PERSON_VOCAB = _Vocab(_PERSON_SPEC)


_TECH_SPEC = """
python javascript typescript java golang rust react vue vue.js angular svelte node node.js
next.js django flask fastapi rails ruby php laravel kotlin swift flutter elixir scala haskell
c++ c# .net kubernetes k8s docker aws azure gcp terraform sql postgres postgresql data ml ai
llm frontend front_end backend back_end fullstack full_stack full-stack web mobile ios android
cloud devops security css html api cli airflow snowflake dbt graphql qa sre ux ui design_system
accessibility a11y open_source oss linux saas b2b fintech healthtech edtech climate_tech devtools
devtool dev_tools dev_tool gaming blockchain tech software coding programming code
computer_science go_developer go_meetup
"""


_TECH_VOCAB = _Vocab(_TECH_SPEC)


_COMPANY_SPEC = """
google microsoft amazon apple meta netflix shopify stripe spotify ibm datadog github gitlab
atlassian cloudflare monzo wise revolut klarna airbnb uber salesforce oracle sap adobe nvidia
intel mozilla vercel netlify supabase postman twilio slack
"""


_CAREER_SPEC = (
    _PERSON_SPEC.replace(" people person folk folks contact connection individual someone"
                         " somebody everyone\nanyone stranger others my_network", "")
    + _TECH_SPEC + _COMPANY_SPEC + """
hiring hire hired hires job role position opening vacancy interview informational referral
refer application apply applied applies applying resume r\u00e9sum\u00e9 cv portfolio company
startup scale_up scaleup employer team industry career career_fair job_fair professional coffee
coffee_chat blog blog_post article talk lightning_talk newsletter followers profile headline
intro introduction offer linkedin github gitlab stack_overflow stackoverflow twitter mastodon
bluesky discord slack hashnode dev.to kaggle youtube tweet* meetup conference hackathon webinar
workshop summit
networking_event tech_event pull_request pr repo bootcamp cohort mentoring mentorship
study_group women_who_code women_in_tech code_club freecodecamp pycon jsconf business_card
pyladies devfest* pycon* jsconf* hackfest* techfest* devopsdays* interviewed interviewing
internship intern contribute contributing contribution docs documentation career_coach
""")


_CAREER_VOCAB = _Vocab(_CAREER_SPEC)


_ADJACENT_VOCAB = _Vocab("""
leetcode hackerrank codewars kata algorithm data_structure system_design course certification
certificate mock_interview interview_prep coding_challenge side_project
""")


_GENERIC_VOCAB = _Vocab("""
network networks networking networker people connection contact relationship personal_brand
brand post myself_out_there visibility visible online update event
""")


_GOAL_SPECS = {
    "job_search": """
recruit* hiring hire hired hires job role position opening vacancy interview informational
referral refer application apply applied applies applying resume r\u00e9sum\u00e9 cv offer company
startup scale_up employer manager cto founder lead team career_fair job_fair linkedin coffee
coffee_chat intro introduction alumni portfolio industry developer devs engineer career
job_search connect* reconnect* messag* reach_out meet* network* email* e_mail* follow_up
follow_ups
""",
    "community": """
community user_group group discord slack forum peer mentor* mentee bootcamp alumni classmate
summit
study_group pair* hackathon volunteer* open_source oss contribut* pull_request pr maintainer
developer devs engineer coffee coffee_chat conference event member friend women_who_code
women_in_tech code_club club junior organiser organizer support help answer* question
freecodecamp connect* reconnect* messag* reach_out meet* network*
""",
    "online_presence": """
linkedin github gitlab twitter tweet* mastodon bluesky profile headline readme post posted
posting article blog* comment* share shared sharing followers following portfolio website site
newsletter youtube video dev.to medium hashnode stack_overflow stackoverflow visib* online
audience content thread carousel repo case_study
""",
    "brand_expertise": """
talk lightning_talk present* speak* spoke workshop teach* tutorial article blog* write writes
writing answer* stack_overflow stackoverflow mentor* podcast webinar panel cfp proposal
conference expert* knowledge case_study open_source library libraries newsletter course guide
video youtube explain* tip best_practice deep_dive thread carousel study_group host*
""",
}


_GOAL_VOCAB = {key: _Vocab(spec) for key, spec in _GOAL_SPECS.items()}


_CHANNEL_SPECS: tuple[tuple[str, str, bool], ...] = (
    ("LinkedIn", "linkedin linked_in", True),
    ("GitHub", "github git_hub", True),
    ("GitLab", "gitlab", True),
    ("Twitter/X", "twitter tweet tweeted tweeting x.com", True),
    ("Mastodon", "mastodon toot", True),
    ("Bluesky", "bluesky bsky", True),
    ("Discord", "discord", True),
    ("Slack", "slack", True),
    ("Stack Overflow", "stack_overflow stackoverflow", True),
    ("dev.to", "dev.to", True),
    ("Hashnode", "hashnode", True),
    ("Medium", "medium", True),
    ("Reddit", "reddit", True),
    ("YouTube", "youtube", True),
    ("Hacker News", "hacker_news", True),
    ("Kaggle", "kaggle", True),
    ("Zoom", "zoom", True),
    ("meetup", "meetup", False),
    ("conference", "conference conf summit", False),
    ("hackathon", "hackathon", False),
    ("webinar", "webinar", False),
    ("career fair", "career_fair job_fair", False),
    ("email", "email e_mail", False),
    ("forum", "forum", False),
    ("newsletter", "newsletter", False),
    ("blog", "blog blog_post", False),
    ("podcast", "podcast", False),
    ("in person", "in_person lunch", False),
)


_CHANNEL_VOCAB = _Vocab(" ".join(spec for _, spec, _ in _CHANNEL_SPECS))


_CHANNEL_OF: dict[str, tuple[str, bool]] = {}


for _name, _spec, _platform in _CHANNEL_SPECS:
    for _item in _spec.split():
        for _form in _plurals(_item.replace("_", " ")):
            _CHANNEL_OF[_form] = (_name, _platform)


_CHANNEL_WORDS = frozenset(_CHANNEL_VOCAB.words)


_GOAL_NAMES = {
    "job_search": "your job search",
    "community": "your developer community",
    "online_presence": "your online presence",
    "brand_expertise": "your expertise brand",
    "custom": "your own goal",
}


_PURPOSE = _lazy(r"\b(?:to\s+(?:learn|ask|find|get|see|show|hear|understand|build|meet|land"
                      r"|grow|practi[cs]e|share|get)|so\s+(?:that|i|they)|in\s+order\s+to"
                      r"|for\s+(?:referrals?|advice|feedback))\b")


_STOPWORDS = frozenset("""
the a an and or of to in on at for with from by my our your their into about move more
make become get have into over under this that these those want help build work company
""".split())
