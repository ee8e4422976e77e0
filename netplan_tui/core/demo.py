"""A realistic demo plan: a junior developer looking for a remote job.

Pure data built relative to "today" (contacts were last met N days ago; goals
belong to this month and the two before it), plus :func:`fill_demo`, which writes
it to a store in one all-or-nothing save. Every person is invented; the companies
are real employers a job seeker would name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from netplan_tui.core import months
from netplan_tui.core.dates import long_date
from netplan_tui.core.models import (
    Contact,
    Goal,
    MonthReview,
    Plan,
    ProgressEvent,
    Quality,
    month_key,
)

PLAN = Plan(
    primary_goal="job_search",
    secondary_goals=["online_presence"],
    vision=(
        "By spring I work as a junior backend developer in a remote team, and recruiters "
        "and developers know me as someone who ships clean Python and shares what I learn."
    ),
    weekly_hours=4.0,
    dream_jobs=(
        "Junior backend developer (Python/Django) in a remote-first team; "
        "dream companies: GitLab, Automattic, Doist"
    ),
    changes=(
        "- Add a short personal note to every LinkedIn invitation instead of a blank request.\n"
        "- Comment on posts by engineers at my dream companies on Tuesdays and Fridays "
        "(30 minutes each).\n"
        "- Follow up within 48 hours after every meetup or coffee chat.\n"
        "- Ask bootcamp alumni for introductions instead of cold messages to hiring managers.\n"
        "- Post about my Django project every two weeks so recruiters see recent work."
    ),
    onboarding_done=True,
)

#: (category, name, target, note)
QUALITIES: tuple[tuple[str, str, int, str], ...] = (
    ("roles", "Tech recruiters", 8, "People who hire for remote Python roles"),
    ("roles", "Engineering managers", 5, ""),
    ("roles", "Backend developers", 12, "Peers who can refer me and review my code"),
    ("roles", "Developer advocates", 4, "For the online presence goal"),
    ("sectors", "Developer tools", 5, ""),
    ("sectors", "Climate tech", 2, "A sector I'd love to work in"),
    ("companies", "GitLab", 3, ""),
    ("companies", "Automattic", 3, ""),
    ("companies", "Doist", 2, ""),
    ("companies", "Zapier", 2, "Similar to my dream companies: remote-first, async"),
    ("skills", "Python", 15, ""),
    ("skills", "Django", 6, ""),
    ("locations", "Remote", 15, "People who already work remotely"),
    ("interests", "Open source", 6, ""),
    ("other", "Bootcamp alumni", 4, "Classmates and mentors from my bootcamp"),
)

#: name, role, company, sector, location, skills, interests, where met, strength,
#: days since last contact, days since first contact, notes
_C = tuple[str, str, str, str, str, str, str, str, int, int, int, str]
CONTACTS: tuple[_C, ...] = (
    ("Mariana Costa", "Tech Recruiter", "Talentia Remote", "Recruiting", "Lisbon, Portugal",
     "Sourcing, tech hiring", "Running", "linkedin", 3, 12, 200,
     "Recruits for remote backend roles in EU time zones."),
    ("Tomasz Wójcik", "Senior Backend Engineer", "GitLab", "Developer tools", "Remote (Poland)",
     "Python, Go, PostgreSQL", "Open source, chess", "linkedin", 2, 40, 150,
     "Replied to my comment on his post about code review."),
    ("Aisha Bello", "Engineering Manager", "Automattic", "Web publishing", "Remote (Nigeria)",
     "PHP, team leadership", "Open source, mentoring", "event", 2, 25, 90,
     "Met at an online WordPress community Q&A."),
    ("Kenji Watanabe", "Backend Developer", "Mercari", "E-commerce", "Tokyo, Japan",
     "Python, Django, GraphQL", "Mechanical keyboards", "chat", 3, 8, 300,
     "Python Discord regular; sometimes reviews my pull requests."),
    ("Lucía Fernández", "Developer Advocate", "Supabase", "Developer tools", "Remote (Spain)",
     "PostgreSQL, TypeScript, public speaking", "Open source, podcasts", "twitter", 2, 30, 120,
     ""),
    ("Ruairí O'Connell", "Staff Software Engineer", "Intercom", "SaaS", "Dublin, Ireland",
     "Ruby, Python, distributed systems", "Cycling", "event", 1, 160, 400,
     "Gave a talk on on-call culture at a Python conference."),
    ("Priya Raghunathan", "Talent Acquisition Partner", "Zapier", "Automation software",
     "Remote (India)", "Technical recruiting", "Yoga", "linkedin", 2, 18, 60,
     "Said to message her when junior roles open in Q1."),
    ("João Pereira", "Junior Backend Developer", "Feedzai", "Fintech", "Lisbon, Portugal",
     "Python, Django, Docker", "Football, open source", "other", 5, 3, 420,
     "Bootcamp alumni, same cohort."),
    ("Chloé Martin", "Frontend Developer", "Doctolib", "Health tech", "Paris, France",
     "React, TypeScript", "Design systems", "chat", 3, 45, 250, ""),
    ("Oluwaseun Adeyemi", "Backend Engineer", "Paystack", "Fintech", "Lagos, Nigeria",
     "Python, Django, payments", "Open source, afrobeats", "twitter", 2, 60, 200, ""),
    ("Sofia Lindqvist", "Head of Engineering", "Doist", "Productivity software",
     "Remote (Sweden)", "Engineering leadership, Python", "Remote work, hiking", "linkedin", 1,
     75, 80, "Wrote a great post on async hiring."),
    ("Daniel Kowalski", "Recruiter", "Hays Technology", "Recruiting", "Warsaw, Poland",
     "IT recruitment", "", "linkedin", 1, 210, 230, ""),
    ("Ana Beatriz Souza", "Software Engineer", "Nubank", "Fintech", "São Paulo, Brazil",
     "Clojure, Python, Kafka", "Open source", "chat", 2, 35, 180, ""),
    ("Hannah Schmidt", "Engineering Manager", "Zalando", "E-commerce", "Berlin, Germany",
     "Java, Kotlin, hiring", "Climbing", "event", 2, 50, 140,
     "Met at a Python meetup live stream."),
    ("Mateus Rocha", "Senior Python Developer", "Kinetic Labs", "Software consultancy",
     "Porto, Portugal", "Python, FastAPI, AWS", "Mentoring", "other", 4, 10, 400,
     "Bootcamp alumni and my mentor; reviewed my CV."),
    ("Emily Chen", "Technical Recruiter", "GitLab", "Developer tools", "Remote (Canada)",
     "Technical recruiting", "Board games", "linkedin", 2, 20, 45,
     "Hires for backend teams in EMEA."),
    ("Arjun Mehta", "DevOps Engineer", "Automattic", "Web publishing", "Remote (India)",
     "Kubernetes, Terraform, Python", "Open source", "chat", 2, 55, 160, ""),
    ("Fatima Zahra El Amrani", "Product Manager", "Glovo", "Delivery", "Barcelona, Spain",
     "Product discovery", "Languages", "event", 1, 120, 130, ""),
    ("Lars Johansson", "CTO & Co-founder", "Lindberg Analytics", "Data analytics",
     "Stockholm, Sweden", "Python, data engineering", "Sailing", "linkedin", 1, 95, 100, ""),
    ("Inês Carvalho", "QA Engineer", "Talkdesk", "SaaS", "Lisbon, Portugal",
     "Test automation, Python", "Running", "event", 3, 15, 200,
     "Organises the Lisbon Python meetup."),
    ("Marek Novák", "Senior Software Engineer", "JetBrains", "Developer tools",
     "Prague, Czechia", "Kotlin, Python", "Open source, chess", "twitter", 1, 140, 150, ""),
    ("Grace Mwangi", "Software Engineer", "Andela", "Talent marketplace", "Nairobi, Kenya",
     "Python, Django, React", "Mentoring", "chat", 3, 22, 210, ""),
    ("Diego Hernández", "Engineering Manager", "Wizeline", "Software services",
     "Guadalajara, Mexico", "Team leadership, Go", "Football", "linkedin", 2, 65, 110, ""),
    ("Yuki Tanaka", "Developer Relations Engineer", "Vercel", "Developer tools",
     "Remote (Japan)", "Next.js, technical writing", "Open source, anime", "twitter", 2, 28, 75,
     ""),
    ("Noah Müller", "Junior Backend Developer", "Personio", "HR software", "Munich, Germany",
     "Python, PostgreSQL", "Gaming", "chat", 3, 14, 95, "Also changed careers after a bootcamp."),
    ("Camille Dubois", "Talent Partner", "Doist", "Productivity software", "Remote (France)",
     "Tech recruiting, employer branding", "", "linkedin", 2, 33, 50, ""),
    ("Rafael Oliveira", "Tech Lead", "OutSystems", "Low-code software", "Braga, Portugal",
     "Java, Python, architecture", "Surfing", "event", 3, 19, 260, ""),
    ("Zeynep Kaya", "Data Engineer", "Trendyol", "E-commerce", "Istanbul, Türkiye",
     "Python, Spark, Airflow", "Photography", "chat", 2, 48, 170, ""),
    ("Siddharth Rao", "Senior Backend Developer", "Zapier", "Automation software",
     "Remote (India)", "Python, Django, Celery", "Open source, cricket", "chat", 2, 9, 70,
     "Answered my Celery question on the Django forum."),
    ("Mei Lin Ong", "Engineering Manager", "Grab", "Mobility", "Singapore",
     "Team leadership, Go", "", "linkedin", 1, 180, 190, ""),
    ("Pedro Alves", "Accountant", "Deloitte", "Consulting", "Lisbon, Portugal", "Finance",
     "Football", "family", 5, 2, 3000, "Cousin; knows a CTO at a Lisbon start-up."),
    ("Olena Shevchenko", "Frontend Developer", "Grammarly", "Education technology",
     "Kyiv, Ukraine", "Vue, TypeScript", "Open source, running", "twitter", 2, 70, 130, ""),
    ("Ahmed Hassan", "Backend Engineer", "Careem", "Mobility", "Dubai, UAE",
     "Python, Kafka, microservices", "", "event", 1, 150, 160, ""),
    ("Isabella Rossi", "Technical Recruiter", "Northbridge Talent", "Recruiting",
     "Milan, Italy", "Tech recruiting", "", "linkedin", 2, 26, 40,
     "Specialises in remote Python roles."),
    ("Thabo Nkosi", "Software Engineer", "Yoco", "Fintech", "Cape Town, South Africa",
     "Python, AWS", "Open source, rugby", "chat", 2, 38, 150, ""),
    ("Elif Demir", "Backend Developer", "Brightloop Studio", "Software services",
     "Remote (Türkiye)", "Python, FastAPI", "Podcasts", "chat", 3, 6, 60,
     "Bootcamp alumni, the cohort after mine."),
    ("Carlos Mendes", "Bootcamp Instructor", "Ironhack", "Education", "Lisbon, Portugal",
     "Python, teaching", "", "other", 4, 21, 400,
     "Runs the bootcamp alumni network; offered introductions."),
    ("Amara Okafor", "Product Designer", "Canva", "Design software", "Sydney, Australia",
     "UX research, Figma", "", "twitter", 1, 100, 120, ""),
    ("Henrik Nielsen", "Engineering Manager", "Pleo", "Fintech", "Copenhagen, Denmark",
     "Hiring, Elixir", "Cycling", "linkedin", 1, 85, 90, ""),
    ("Valentina Greco", "Developer Advocate", "Sentry", "Developer tools", "Remote (Italy)",
     "Python, observability, public speaking", "Open source", "event", 2, 42, 100, ""),
    ("Kwame Mensah", "Full Stack Developer", "Hubtel", "Fintech", "Accra, Ghana",
     "Django, React", "Open source", "chat", 2, 58, 140, ""),
    ("Laura Jiménez", "Junior Python Developer", "", "", "Lisbon, Portugal",
     "Python, Django", "Board games", "other", 4, 4, 420,
     "Bootcamp alumni; we swap job leads every week."),
)


# ------------------------------------------------------------------ dates


def _end(month: str) -> date:
    return months.month_end(month)


def _day(month: str, number: int, today: date) -> date:
    """Day ``number`` of ``month`` (clamped to the month's length and to ``today``)."""
    start = months.month_start(month)
    last = months.month_days(month)
    return min(start.replace(day=min(max(number, 1), last)), today)


def _long(day: date) -> str:
    return long_date(day)


# ------------------------------------------------------------------ goals


@dataclass
class DemoGoal:
    """A goal to write, with its progress history (days of each +1) and done day."""

    key: str
    goal: Goal
    steps: list[date] = field(default_factory=list)
    carried_from: str | None = None


@dataclass
class DemoReview:
    month: str
    outcomes: dict[str, str]  # goal key -> done|partly|not
    notes: dict[str, str]  # goal key -> note
    summary: str
    reviewed_on: date


@dataclass
class Demo:
    plan: Plan
    qualities: list[Quality]
    contacts: list[Contact]
    goals: list[DemoGoal]
    reviews: list[DemoReview]


def _answers(specific: str, measurable: str, achievable: str, relevant: str, time_bound: str
             ) -> dict[str, str]:
    return {
        "specific": specific,
        "measurable": measurable,
        "achievable": achievable,
        "relevant": relevant,
        "time_bound": time_bound,
    }


def _goal(key: str, month: str, text: str, target: int, unit: str, progress: int,
          deadline: date, created: date, answers: dict[str, str], today: date,
          done_on: date | None = None, carried_from: str | None = None) -> DemoGoal:
    """A goal with ``progress`` steps spread evenly from ``created`` to its last day."""
    last = min(done_on or today, deadline, today)
    span = max((last - created).days, 0)
    steps = [created + timedelta(days=span * (i + 1) // max(progress, 1)) for i in range(progress)]
    goal = Goal(
        month=month, text=text, target=target, unit=unit, progress=progress,
        done=done_on is not None, done_on=done_on.isoformat() if done_on else None,
        deadline=deadline.isoformat(), answers=answers, created=created.isoformat(),
    )
    return DemoGoal(key, goal, steps, carried_from)


def _two_months_ago(month: str, today: date) -> list[DemoGoal]:
    end = _end(month)
    by = _long(end)
    created = _day(month, 1, today)
    return [
        _goal("invites", month,
              f"Send personalised LinkedIn invitations to 6 tech recruiters who hire for remote "
              f"Python roles by {by} to learn what they look for in junior developers.",
              6, "invitations", 6, end, created,
              _answers("Send invitations with a personal note to tech recruiters on LinkedIn.",
                       "6 invitations sent.",
                       "Yes: about 10 minutes each, within my 4 hours a week.",
                       "Recruiters are the shortest path to remote job openings.",
                       by), today, done_on=_day(month, 19, today)),
        _goal("meetups", month,
              f"Attend 2 online Python meetups by {by} to meet backend developers who "
              "work remotely.",
              2, "meetups", 2, end, created,
              _answers("Attend two online Python meetups and talk to backend developers there.",
                       "2 meetups attended.",
                       "Yes: two evenings this month.",
                       "Backend developers who work remotely can refer me.",
                       by), today, done_on=_day(month, 24, today)),
        _goal("post-capstone", month,
              f"Publish 1 LinkedIn post about my bootcamp capstone project by {by} to show "
              "recruiters my Django skills.",
              1, "posts", 0, end, created,
              _answers("Write and publish one LinkedIn post about my capstone project.",
                       "1 post published.",
                       "Yes: two hours of writing.",
                       "Recruiters look at recent posts; it also builds my online presence.",
                       by), today),
    ]


def _last_month(month: str, today: date) -> list[DemoGoal]:
    end = _end(month)
    by = _long(end)
    created = _day(month, 1, today)
    return [
        _goal("chats", month,
              f"Schedule 2 virtual coffee chats with backend developers at GitLab or Automattic "
              f"by {by} to learn how their teams hire juniors.",
              2, "coffee chats", 2, end, created,
              _answers("Ask two backend developers at GitLab or Automattic for a 20-minute call.",
                       "2 coffee chats held.",
                       "Yes: two calls and a little preparation.",
                       "They work at my dream companies and know how juniors get hired there.",
                       by), today, done_on=_day(month, 22, today)),
        _goal("comments", month,
              f"Comment on 8 LinkedIn posts by engineering managers at remote-first companies "
              f"by {by} to get on their radar.",
              8, "comments", 8, end, created,
              _answers("Write thoughtful comments on posts by engineering managers.",
                       "8 comments written.",
                       "Yes: 15 minutes twice a week.",
                       "Engineering managers hire for the roles I want.",
                       by), today, done_on=_day(month, 27, today)),
        _goal("post-capstone-2", month,
              f"Publish 1 LinkedIn post about my bootcamp capstone project by {by} to show "
              "recruiters my Django skills.",
              1, "posts", 1, end, created,
              _answers("Write and publish one LinkedIn post about my capstone project.",
                       "1 post published.",
                       "Yes: the draft from last month is half done.",
                       "Recruiters look at recent posts; it also builds my online presence.",
                       by), today, done_on=_day(month, 12, today),
              carried_from="post-capstone"),
        _goal("intros", month,
              f"Ask 3 bootcamp alumni for an introduction to an engineering manager at their "
              f"company by {by} to reach hiring teams directly.",
              3, "introductions", 1, end, created,
              _answers("Ask bootcamp alumni for introductions to engineering managers.",
                       "3 introductions asked for.",
                       "Yes: three short messages.",
                       "A warm introduction reaches hiring teams faster than a cold message.",
                       by), today),
    ]


def _pace_progress(goal: Goal, today: date, behind: bool) -> int:
    """Progress that makes ``goal`` on track (or behind) on ``today`` without finishing it."""
    expected = months.expected_progress(goal, today)
    if behind:
        return max(expected - 1, 0)
    return min(expected, (goal.target or 1) - 1)


def _this_month(month: str, today: date) -> list[DemoGoal]:
    end = _end(month)
    by = _long(end)
    start = _day(month, 1, today)
    later = _day(month, 15, today)
    plans = [
        ("invites-zapier", start,
         f"Send personalised LinkedIn invitations to 5 backend developers at Zapier or Doist "
         f"by {by} to learn how their remote teams hire.",
         5, "invitations",
         _answers("Send invitations with a personal note to backend developers at Zapier "
                  "or Doist.",
                  "5 invitations sent.",
                  "Yes: about an hour in total.",
                  "Both are remote-first companies like my dream companies.",
                  by), "done"),
        ("posts", start,
         f"Publish 2 LinkedIn posts about what I learned building my Django API project "
         f"by {by} to show recruiters my backend skills.",
         2, "posts",
         _answers("Write two LinkedIn posts about my Django API project.",
                  "2 posts published.",
                  "Yes: about two hours per post.",
                  "Recruiters see my backend skills; it grows my online presence.",
                  by), "behind"),
        ("comments-dream", later,
         f"Comment on 10 LinkedIn posts by engineers at GitLab and Automattic by {by} "
         "to get noticed by their hiring teams.",
         10, "comments",
         _answers("Write thoughtful comments on posts by engineers at GitLab and Automattic.",
                  "10 comments written.",
                  "Yes: 15 minutes a day on weekdays.",
                  "GitLab and Automattic are my dream companies.",
                  by), "on track"),
        ("intros-2", start,
         f"Ask 2 bootcamp alumni for an introduction to an engineering manager at their "
         f"company by {by} to reach hiring teams directly.",
         2, "introductions",
         _answers("Ask two more bootcamp alumni for introductions to engineering managers.",
                  "2 introductions asked for.",
                  "Yes: two short messages.",
                  "A warm introduction reaches hiring teams faster than a cold message.",
                  by), "on track"),
    ]
    out = []
    for key, created, text, target, unit, answers, state in plans:
        probe = Goal(month=month, target=target, deadline=end.isoformat(),
                     created=created.isoformat())
        if state == "done":
            done_on = _day(month, 12, today)
            out.append(_goal(key, month, text, target, unit, target, end, created, answers,
                             today, done_on=done_on))
            continue
        progress = _pace_progress(probe, today, behind=state == "behind")
        carried = "intros" if key == "intros-2" else None
        out.append(_goal(key, month, text, target, unit, progress, end, created, answers, today,
                         carried_from=carried))
    return out


def _reviews(previous: str, before: str, today: date) -> list[DemoReview]:
    return [
        DemoReview(
            before,
            {"invites": "done", "meetups": "done", "post-capstone": "not"},
            {
                "invites": "A personal note got 5 of 6 accepted within a week.",
                "meetups": "Breakout rooms worked better than the chat.",
                "post-capstone": "Kept polishing the draft instead of posting it.",
            },
            "Good first month. Posting is the hard part: carry the post over and "
            "publish it early.",
            _day(months.shift_month(before, 1), 1, today),
        ),
        DemoReview(
            previous,
            {"chats": "done", "comments": "done", "post-capstone-2": "done", "intros": "partly"},
            {
                "chats": "Both calls ended with an offer to refer me when a role opens.",
                "comments": "Short, specific comments got replies; generic ones did not.",
                "post-capstone-2": "Published on day 12; 40 reactions, 2 recruiters viewed "
                "my profile.",
                "intros": "Only one alum answered so far; asking again this month.",
            },
            "Three of four done. Carry the introductions over and start the Django posts.",
            _day(months.shift_month(previous, 1), 1, today),
        ),
    ]


def build(today: date) -> Demo:
    """The whole demo plan relative to ``today`` (pure)."""
    current = month_key(today)
    previous = months.shift_month(current, -1)
    before = months.shift_month(current, -2)
    qualities = [Quality(category=c, name=n, target=t, note=note, order=i)
                 for i, (c, n, t, note) in enumerate(QUALITIES)]
    contacts = [
        Contact(name=name, role=role, company=company, sector=sector, location=location,
                skills=skills, interests=interests, where_met=where, strength=strength,
                last_contact=(today - timedelta(days=last)).isoformat(),
                first_contact=(today - timedelta(days=first)).isoformat(), notes=notes)
        for (name, role, company, sector, location, skills, interests, where, strength, last,
             first, notes) in CONTACTS
    ]
    goals = (_two_months_ago(before, today) + _last_month(previous, today)
             + _this_month(current, today))
    plan = Plan.from_dict(PLAN.to_dict())
    return Demo(plan, qualities, contacts, goals, _reviews(previous, before, today))


# ------------------------------------------------------------------ writing


def fill_demo(store: Any, today: date) -> dict[str, int]:
    """Replace everything in ``store`` with the demo plan, in one save; return counts."""
    demo = build(today)
    with store.batch():
        if not store.is_empty():
            store.replace_all({})
        store.save_plan(demo.plan)
        for quality in demo.qualities:
            store.add_quality(quality)
        store.apply_import(demo.contacts, [])
        ids = _write_goals(store, demo.goals)
        for review in demo.reviews:
            store.save_review(MonthReview(
                month=review.month,
                outcomes={str(ids[k]): v for k, v in review.outcomes.items()},
                notes={str(ids[k]): v for k, v in review.notes.items()},
                summary=review.summary,
                reviewed_on=review.reviewed_on.isoformat(),
            ))
    return {
        "qualities": len(demo.qualities),
        "contacts": len(demo.contacts),
        "goals": len(demo.goals),
        "months": len({g.goal.month for g in demo.goals}),
    }


def _write_goals(store: Any, goals: list[DemoGoal]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for item in goals:
        goal = Goal.from_dict(item.goal.to_dict())
        if item.carried_from is not None:
            goal.carried_from = ids[item.carried_from]
        store.add_goal(goal)
        assert goal.id is not None
        ids[item.key] = goal.id
        for number, day in enumerate(item.steps, start=1):
            store.add_event(ProgressEvent(goal_id=goal.id, day=day.isoformat(),
                                          kind="progress", progress=number, delta=1))
        if goal.done and goal.done_on:
            store.add_event(ProgressEvent(goal_id=goal.id, day=goal.done_on, kind="done",
                                          progress=goal.progress))
    return ids
