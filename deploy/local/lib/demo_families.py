#!/usr/bin/env python3
"""Invented families for the demo councils, at the volume of a real Family Safeguarding service.

For each demo council with demo users (West Sussex E10000032, Oxfordshire E10000025) it writes, through
the gateway and as the people who would do the work, two years of casework that ends on the as-of date
with about 200 children on child protection plans and 247 on child-in-need plans open (the figures of
Bury's 2022 report), times --scale:

  - invented workers: teams with a manager, social workers and adult-facing practitioners by specialism
    (partners-service practitioners with a login, and Keycloak users of the same name, password
    demo-<username>), so each intervention is recorded with its own practitioner's token;
  - families with children (valid NHS numbers in the 999 test range, UPNs with their check letter) and
    adults (relationships, some probation CRNs); referrals with CIN codes, some re-referrals; assessments
    with factors; section 47 enquiries with their initial conference (on a weekday, where the CP plan
    starts); CIN, CP (with review conferences), pre-proceedings and looked-after plans with realistic
    durations; each case's episode closed with its CIN reason (RC8/RC9 after an assessment with no plan,
    else the reason of its last plan; a looked-after episode ends with its SSDA903 reason);
  - allocations of each family to a team and social worker (a few handed over), and of parents to
    practitioners of the commissioned agencies by specialism, ended when the case closed;
  - interventions of every type, workbook progress, Family Star Plus readings at start, every three months
    and closure showing change, and monthly group supervision sessions with actions.

Deterministic: the same --seed and --as-of give the same people, dates and codes (random.Random(seed);
names from the lists below, never real people). Idempotent: what is there already is detected and kept
(a family by its first child's council child id, a team's supervision by its sessions, workers by login).

Each partner agency must be commissioned for its service in the council by a live contract that caseload-
service knows (contracts-service events). Where no live contract of the council covers an (agency,
service) from before the history starts, this script enters one through contracts-service (direct award,
backdated go-live) - deploy/local/lib/demo_contracts.py, when present, enters the councils' real ones first.

usage: demo_families.py [--seed N] [--scale F] [--as-of YYYY-MM-DD] [--council CODE ...] [--workers N]
       (the gateway, Keycloak and demo users are those of deploy/local; see deploy/local/README.md)
"""
import argparse
import collections
import concurrent.futures
import datetime
import http.client
import json
import math
import os
import random
import sys
import threading
import time
import urllib.parse
import zlib
from pathlib import Path

LOCAL = Path(__file__).resolve().parent.parent
ROOT = LOCAL.parent.parent
GATEWAY = "http://127.0.0.1:8080"
KEYCLOAK = "http://127.0.0.1:8180"
REALM = "family-safeguarding"
TOKEN_URL = f"{KEYCLOAK}/realms/{REALM}/protocol/openid-connect/token"
SUMMARY = ROOT / ".stack" / "demo-families.json"
DAY = datetime.timedelta(days=1)

# The Bury figures the volume is calibrated to, per council, at --scale 1.
OPEN_CP, OPEN_CIN = 200, 247
HISTORY_DAYS = 730

COUNCILS = {
    "E10000032": {
        "key": "ws", "la": "938", "admin": "ws-partnership-admin", "commissioner": "ws-commissioner",
        "in_house": "6f1c2a10-0000-4000-8000-000000000006",
        "teams": ["Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex", "Worthing", "Adur", "Bognor"],
        # specialism -> agency (None: the council's own staff)
        "specialists": {"SUBSTANCE_USE": "6f1c2a10-0000-4000-8000-000000000001",
                        "DOMESTIC_ABUSE_PERPETRATOR": "6f1c2a10-0000-4000-8000-000000000002",
                        "MENTAL_HEALTH": "6f1c2a10-0000-4000-8000-000000000003",
                        "DOMESTIC_ABUSE_VICTIM_SURVIVOR": None},
    },
    "E10000025": {
        "key": "ox", "la": "931", "admin": "ox-partnership-admin", "commissioner": "ox-commissioner",
        "in_house": "6f1c2a10-0000-4000-8000-000000000007",
        "teams": ["Banbury", "Bicester", "Abingdon", "Witney", "Didcot", "Wantage", "Thame", "Kidlington"],
        "specialists": {"SUBSTANCE_USE": "6f1c2a10-0000-4000-8000-000000000004",
                        "MENTAL_HEALTH": "6f1c2a10-0000-4000-8000-000000000005",
                        "DOMESTIC_ABUSE_PERPETRATOR": None,
                        "DOMESTIC_ABUSE_VICTIM_SURVIVOR": None},
    },
}
ROLE_OF = {"SUBSTANCE_USE": "ADULT_PRACTITIONER_SUBSTANCE_USE",
           "DOMESTIC_ABUSE_PERPETRATOR": "ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR",
           "DOMESTIC_ABUSE_VICTIM_SURVIVOR": "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM",
           "MENTAL_HEALTH": "MENTAL_HEALTH_PRACTITIONER"}
SERVICE_OF = {"SUBSTANCE_USE": "SUBSTANCE_USE", "DOMESTIC_ABUSE_PERPETRATOR": "DOMESTIC_ABUSE_PERPETRATOR_WORK",
              "DOMESTIC_ABUSE_VICTIM_SURVIVOR": "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT",
              "MENTAL_HEALTH": "MENTAL_HEALTH"}
ABBREV = {"SUBSTANCE_USE": "su", "DOMESTIC_ABUSE_PERPETRATOR": "dap", "DOMESTIC_ABUSE_VICTIM_SURVIVOR": "dav",
          "MENTAL_HEALTH": "mh"}
DISCIPLINE_OF = {"SUBSTANCE_USE": "SUBSTANCE_USE", "DOMESTIC_ABUSE_PERPETRATOR": "DOMESTIC_ABUSE",
                 "DOMESTIC_ABUSE_VICTIM_SURVIVOR": "DOMESTIC_ABUSE", "MENTAL_HEALTH": "MENTAL_HEALTH"}
PROBATION = "6f1c2a10-0000-4000-8000-000000000002"
# Caseload limits of the invented teams, and how full the plan fills a worker at the as-of date
# (the rest is room for the allocations a parallel load holds open for a moment).
TEAM_LIMITS = {"SOCIAL_WORKER": 18, "CONSULTANT_SOCIAL_WORKER": 16, "TEAM_MANAGER": 6,
               "ADULT_PRACTITIONER_SUBSTANCE_USE": 14, "ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR": 14,
               "ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM": 14, "MENTAL_HEALTH_PRACTITIONER": 14}
PLANNED_SW, PLANNED_ADULT = 12, 8

# Invented names: common given names and surnames combined at random; no person in the domain reports.
GIVEN_F = ["Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Sophia", "Poppy", "Evie",
           "Ella", "Ruby", "Daisy", "Harper", "Maisie", "Phoebe", "Zara", "Aisha", "Maya", "Layla", "Esme", "Willow",
           "Hannah", "Chloe", "Jasmine", "Leah", "Megan", "Kayleigh", "Stacey", "Gemma", "Natalie", "Amira", "Keira",
           "Tia", "Bethany", "Courtney", "Shannon", "Jade", "Nadia", "Priya", "Sana", "Ewa", "Oksana", "Roxanne"]
GIVEN_M = ["Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Jack", "Charlie", "Freddie",
           "Theo", "Alfie", "Finley", "Reuben", "Tommy", "Mason", "Riley", "Kai", "Ibrahim", "Yusuf", "Jayden",
           "Lewis", "Connor", "Declan", "Kieran", "Ryan", "Dean", "Craig", "Liam", "Jamie", "Shane", "Darren",
           "Tyler", "Callum", "Bradley", "Marek", "Tomasz", "Adebayo", "Kwame", "Rohan", "Arjun", "Dale", "Wayne"]
SURNAMES = ["Ashdown", "Bramley", "Cartwright", "Dunmore", "Ellery", "Fairbrook", "Garside", "Hartwell", "Ingleby",
            "Jessop", "Kettering", "Lathom", "Marwood", "Netherby", "Oakridge", "Pendle", "Quarrie", "Radcliffe",
            "Sandow", "Thursby", "Upfield", "Varley", "Wardle", "Yelland", "Ackroyd", "Birtles", "Colbeck", "Daventry",
            "Eastham", "Fenwick", "Gilsenan", "Haworth", "Ibbotson", "Kershaw", "Lindley", "Moorcroft", "Nuttall",
            "Ormerod", "Pilling", "Rushworth", "Shackleton", "Tattersall", "Whitworth", "Arkwright", "Boothroyd",
            "Crowther", "Dewhurst", "Entwistle", "Fothergill", "Greenhalgh", "Holroyd", "Illingworth", "Jagger",
            "Kitson", "Lumb", "Mellor", "Oldroyd", "Priestley", "Ramsden", "Sutcliffe", "Thackray", "Wadsworth",
            "Okafor", "Mensah", "Nowak", "Kowalczyk", "Hussain", "Begum", "Chaudhry", "Osei", "Petrescu", "Novak",
            "Brennan", "Doherty", "McAllister", "Fraser", "Lennox", "Pryce", "Rhys", "Vaughan", "Costa", "Ferreira"]
WORKER_SURNAMES = ["Abbott", "Bellamy", "Chalk", "Dorrington", "Elwood", "Fensome", "Gadsby", "Hollins", "Iveson",
                   "Jowett", "Kingsley", "Larkin", "Maddox", "Newbold", "Orrell", "Pargeter", "Quennell", "Rowntree",
                   "Stanier", "Tennant", "Upton", "Vickery", "Wolstenholme", "Yardley", "Allsop", "Brocklehurst",
                   "Cheetham", "Dyson", "Eckersley", "Fairclough", "Gledhill", "Hebden", "Inchley", "Jepson", "Kelsall"]
MODULE_NOTE = "Worked through with the parent; next steps agreed."
NOTES = {"HOME_VISIT": "Home visit; home conditions and the children's routine discussed.",
         "ONE_TO_ONE_SESSION": "One-to-one session on the goals of the plan.",
         "DRUG_TEST": "Test taken at the session.", "ALCOHOL_TEST": "Breath test taken at the session.",
         "CORE_GROUP": "Core group meeting attended; actions reviewed.",
         "MOTIVATIONAL_INTERVIEWING_SESSION": "Motivational interviewing: readiness to change explored.",
         "GROUP_PROGRAMME_SESSION": "Group programme session attended.",
         "JOINT_VISIT": "Joint visit with the allocated social worker."}
WORK_TYPES = {"SUBSTANCE_USE": ["DRUG_TEST", "ALCOHOL_TEST", "ONE_TO_ONE_SESSION", "MOTIVATIONAL_INTERVIEWING_SESSION",
                                "HOME_VISIT", "DRUG_TEST"],
              "DOMESTIC_ABUSE_PERPETRATOR": ["GROUP_PROGRAMME_SESSION", "ONE_TO_ONE_SESSION",
                                             "MOTIVATIONAL_INTERVIEWING_SESSION", "GROUP_PROGRAMME_SESSION"],
              "DOMESTIC_ABUSE_VICTIM_SURVIVOR": ["ONE_TO_ONE_SESSION", "HOME_VISIT", "GROUP_PROGRAMME_SESSION"],
              "MENTAL_HEALTH": ["ONE_TO_ONE_SESSION", "MOTIVATIONAL_INTERVIEWING_SESSION", "HOME_VISIT"],
              "LEAD": ["HOME_VISIT", "HOME_VISIT", "CORE_GROUP", "JOINT_VISIT", "HOME_VISIT"]}
AREAS = ["PHYSICAL_HEALTH", "WELL_BEING", "MEETING_EMOTIONAL_NEEDS", "KEEPING_CHILDREN_SAFE", "SOCIAL_NETWORKS",
         "EDUCATION_AND_LEARNING", "BOUNDARIES_AND_BEHAVIOUR", "FAMILY_ROUTINE", "HOME_AND_MONEY", "PROGRESS_TO_WORK"]
ETHNICITY = ["WBRI"] * 70 + ["WOTH"] * 5 + ["MWBC"] * 3 + ["MWAS"] * 2 + ["MOTH"] * 2 + ["APKN"] * 3 + \
            ["AIND"] * 2 + ["ABAN"] * 1 + ["BAFR"] * 3 + ["BCRB"] * 1 + ["WIRT"] * 1 + ["WROM"] * 1 + \
            ["CHNE"] * 1 + ["OOTH"] * 2 + ["NOBT"] * 3
SOURCES = ["6"] * 30 + ["2A"] * 18 + ["3A"] * 5 + ["3B"] * 4 + ["3E"] * 4 + ["3F"] * 3 + ["1A"] * 7 + \
          ["1B"] * 2 + ["1C"] * 1 + ["5A"] * 3 + ["5D"] * 6 + ["4"] * 3 + ["7"] * 4 + ["8"] * 5 + ["9"] * 2 + ["10"]
NEEDS = ["N1"] * 60 + ["N2"] * 2 + ["N3"] * 2 + ["N4"] * 8 + ["N5"] * 3 + ["N6"] * 6 + ["N8"] * 8 + ["N9"] * 6 + \
        ["N7"] + ["N0"] * 4
CATEGORIES = ["NEG"] * 50 + ["EMO"] * 35 + ["PHY"] * 7 + ["SAB"] * 4 + ["MUL"] * 4
DISABILITIES = ["LD", "AUT", "COMM", "BEH", "HEAR", "MOB", "CON"]


# ------------------------------------------------------------------------------------------ HTTP

class Refused(Exception):
    pass


class Api:
    """Calls through the gateway with each user's own token; one keep-alive connection per thread."""

    def __init__(self, passwords):
        self.passwords = passwords
        self.tokens = {}
        self.user_locks = {}
        self.lock = threading.Lock()
        self.local = threading.local()
        self.calls = collections.Counter()
        self.server_errors = []

    def token(self, username):
        with self.lock:
            cached = self.tokens.get(username)
            user_lock = self.user_locks.setdefault(username, threading.Lock())
        if cached and cached[1] > time.monotonic() + 30:
            return cached[0]
        # one login per user at a time: Keycloak may rehash a new user's password at the first login,
        # and logins racing with that are refused; such a refusal is tried again
        with user_lock:
            cached = self.tokens.get(username)
            if cached and cached[1] > time.monotonic() + 30:
                return cached[0]
            form = urllib.parse.urlencode({"grant_type": "password", "client_id": "family-safeguarding-cli",
                                           "username": username, "password": self.passwords(username)})
            for attempt in range(1, 6):
                status, body, _ = raw("POST", TOKEN_URL, form, {"Content-Type": "application/x-www-form-urlencoded"})
                if status == 200 or attempt == 5:
                    break
                time.sleep(0.5 * attempt)
            if status != 200:
                raise Refused(f"no token for {username}: {status} {body[:200]}")
            answer = json.loads(body)
            with self.lock:
                self.tokens[username] = (answer["access_token"], time.monotonic() + answer["expires_in"])
            return answer["access_token"]

    def connection(self):
        if getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection("127.0.0.1", 8080, timeout=60)
        return self.local.conn

    def call(self, method, path, username, body=None, ok=(200, 201), headers=None, accept="application/json"):
        data = None if body is None else json.dumps(body)
        for attempt in range(1, 9):
            sent = {"Authorization": "Bearer " + self.token(username), "Accept": accept,
                    "Content-Type": "application/json", **(headers or {})}
            try:
                conn = self.connection()
                conn.request(method, path, body=data, headers=sent)
                response = conn.getresponse()
                status, text = response.status, response.read().decode()
                etag = response.getheader("ETag")
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    self.local.conn = None
            except (http.client.HTTPException, OSError):
                self.local.conn = None
                if attempt == 8:
                    raise
                time.sleep(0.2 * attempt)
                continue
            self.calls[method] += 1
            if status == 429:
                time.sleep(1.0)
                continue
            # The gateway answers 502-504 when it could not pass the call on (so nothing was written).
            if status in (502, 503, 504) and attempt < 8:
                time.sleep(0.5 * attempt)
                continue
            break
        if status >= 500:
            with self.lock:
                self.server_errors.append(f"{method} {path} answered {status}: {text[:300]}")
        if status not in ok:
            raise Refused(f"{method} {path} as {username} answered {status}: {text[:500]}")
        if accept != "application/json":
            return status, text, etag
        return status, (json.loads(text) if text else None), etag

    def get(self, path, username):
        return self.call("GET", path, username)[1]

    def post(self, path, username, body, ok=(200, 201), headers=None):
        return self.call("POST", path, username, body, ok=ok, headers=headers)[1]

    def pages(self, path, username):
        page, items = 0, []
        sep = "&" if "?" in path else "?"
        while True:
            answer = self.get(f"{path}{sep}page={page}&size=100", username)
            items += answer["items"]
            if len(answer["items"]) < 100:
                return items
            page += 1


def raw(method, url, body=None, headers=None):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request(method, parts.path + (("?" + parts.query) if parts.query else ""), body=body,
                     headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode(), response
    finally:
        conn.close()


def retrying(action, rules, seconds=90):
    """Runs an allocation, waiting while what it needs is still on its way (read models fed by events,
    a worker's caseload held for a moment by another family of this load)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return action()
        except Refused as e:
            if time.monotonic() > deadline or not any(rule in str(e) for rule in rules):
                raise
            time.sleep(1.0)


# ------------------------------------------------------------------------------------------ identifiers

def nhs_number(rng, prefix=()):
    """A 999 number (the range the NHS keeps for testing) with its Modulus 11 check digit."""
    while True:
        digits = [9, 9, 9] + list(prefix) + [rng.randrange(10) for _ in range(6 - len(prefix))]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rng, la, year):
    rest = f"{la}{rng.randrange(2000, 7000):04d}{year % 100:02d}{rng.randrange(1000):03d}"
    check = sum(int(c) * (i + 2) for i, c in enumerate(rest)) % 23
    return UPN_LETTERS[check] + rest


# ------------------------------------------------------------------------------------------ the plan

class Plan:
    """Everything to load for one council, decided up front from the seed alone."""

    def __init__(self, code, seed, scale, as_of):
        self.code, self.cfg, self.as_of = code, COUNCILS[code], as_of
        self.seed, self.scale = seed, scale
        self.rng = random.Random(f"{seed}-{code}")
        self.start = as_of - datetime.timedelta(days=HISTORY_DAYS)
        self.formed = self.start - datetime.timedelta(days=460)
        # the first child's council child id names each family: council, seed and scale, family number
        self.tag = self.cfg["key"].upper() + base36(zlib.crc32(f"{seed}/{scale}".encode()) % 1296).rjust(2, "0")
        self.target_cp = round(OPEN_CP * scale)
        self.target_cin = round(OPEN_CIN * scale)
        self.families = []
        self.drawn = set()
        self.make_families()
        self.make_workforce()
        self.assign()

    def days(self, lo, hi):
        return datetime.timedelta(days=self.rng.randint(lo, hi))

    def open_at_end(self, plan):
        return plan["start"] <= self.as_of and (plan.get("end") is None or plan["end"] > self.as_of)

    def make_families(self):
        open_cp = open_cin = 0
        attempts = 0
        while (open_cp < self.target_cp or open_cin < self.target_cin) and attempts < 20000:
            attempts += 1
            family = self.family(len(self.families))
            plans = [p for e in family["episodes"] for p in e["plans"] if self.open_at_end(p)]
            cp = len(family["children"]) * sum(1 for p in plans if p["kind"] == "CHILD_PROTECTION")
            cin = len(family["children"]) * sum(1 for p in plans if p["kind"] == "CHILD_IN_NEED")
            if (cp and open_cp >= self.target_cp) or (cin and open_cin >= self.target_cin):
                continue
            open_cp += cp
            open_cin += cin
            self.families.append(family)
        self.expected = {"openCp": open_cp, "openCin": open_cin}

    def family(self, index):
        rng = self.rng
        surname = rng.choice(SURNAMES)
        first = self.start - self.days(0, 150)
        referral = first + datetime.timedelta(days=rng.randint(0, (self.as_of - first).days - 3))
        n_children = rng.choices([1, 2, 3, 4], [40, 35, 18, 7])[0]
        factors = set()
        if rng.random() < 0.55:
            factors.add("3B")
        if rng.random() < 0.35:
            factors.add(rng.choice(["2B", "2B", "1B"]))
        if rng.random() < 0.45:
            factors.add("4B")
        if rng.random() < 0.3:
            factors.add(rng.choice(["16A", "17A", "18C", "5B", "6B"]))
        children = []
        for n in range(n_children):
            unborn = n == n_children - 1 and referral > self.as_of - 40 * DAY and rng.random() < 0.3
            age_days = rng.randint(30, 15 * 365) if not unborn else None
            sex = rng.choice("MF")
            child = {
                "givenName": rng.choice(GIVEN_M if sex == "M" else GIVEN_F), "familyName": surname, "sex": sex,
                "ethnicity": rng.choice(ETHNICITY),
                "disabilities": [rng.choice(DISABILITIES)] if rng.random() < 0.08 else ["NONE"],
                "councilChildId": f"{self.tag}{index:05d}{n}"[:10],
                "plans": [], "referrals": [],
            }
            if unborn:
                child["sex"] = "U"
                child["expectedDateOfBirth"] = referral + self.days(60, 150)
            else:
                child["dateOfBirth"] = referral - datetime.timedelta(days=age_days)
                if age_days > 5 * 365 and rng.random() < 0.7:
                    child["upn"] = upn(rng, self.cfg["la"], child["dateOfBirth"].year + 5)
            if rng.random() < 0.9:
                child["nhsNumber"] = nhs_number(rng)
            children.append(child)
        eldest = min((c.get("dateOfBirth") or referral) for c in children)
        adults = [self.adult("MOTHER", "F", surname, eldest)]
        r = rng.random()
        if r < 0.55:
            adults.append(self.adult("FATHER", "M", surname if rng.random() < 0.6 else rng.choice(SURNAMES), eldest))
        elif r < 0.75:
            adults.append(self.adult("PARENTS_PARTNER", "M", rng.choice(SURNAMES), eldest))
        if rng.random() < 0.08:
            adults.append(self.adult("GRANDPARENT", rng.choice("MF"), surname, eldest - datetime.timedelta(days=9000)))
        family = {"index": index, "name": f"{surname} family", "children": children, "adults": adults,
                  "factors": sorted(factors) or ["21"], "episodes": []}
        self.casework(family, referral)
        return family

    def adult(self, relationship, sex, surname, eldest):
        rng = self.rng
        born = eldest - datetime.timedelta(days=rng.randint(17 * 365, 38 * 365))
        adult = {"givenName": rng.choice(GIVEN_F if sex == "F" else GIVEN_M), "familyName": surname,
                 "dateOfBirth": born, "relationship": relationship, "needs": []}
        # one NHS number or CRN belongs to one adult across the platform: each council draws from its own
        # range (its place among the demo councils) and never draws the same one twice
        place = sorted(COUNCILS).index(self.code)
        if rng.random() < 0.85:
            adult["nhsNumber"] = self.fresh(lambda: nhs_number(rng, (place,)))
        if sex == "M" and relationship != "GRANDPARENT" and rng.random() < 0.35:
            adult["crn"] = self.fresh(lambda: "XYZWV"[place] + f"{rng.randrange(10 ** 6):06d}")
        return adult

    def fresh(self, draw):
        """A value not drawn before for this council's adults (drawn again until it is new)."""
        while True:
            value = draw()
            if value not in self.drawn:
                self.drawn.add(value)
                return value

    def casework(self, family, referral):
        """One or two episodes for the whole sibling group: referral, assessment, plans, closure."""
        rng = self.rng
        when = referral
        for episode_no in range(2):
            episode = self.episode(family, when)
            family["episodes"].append(episode)
            end = episode["end"]
            # re-referral: about one family in five comes back within a year or so of closing
            if end is None or rng.random() > 0.22:
                break
            when = end + self.days(20, 420)
            if when >= self.as_of - 3 * DAY:
                break

    def episode(self, family, referral):
        rng, as_of = self.rng, self.as_of
        source, need = rng.choice(SOURCES), rng.choice(NEEDS)
        path = rng.choices(["NFA", "ASSESS_NFA", "CIN", "CP"], [22, 23, 33, 22])[0]
        episode = {"referral": referral, "source": source, "need": need, "path": path, "plans": [], "end": None}
        if path == "NFA":
            episode["outcome"] = "NO_FURTHER_ACTION"
            episode["end"] = referral
        else:
            episode["outcome"] = "SECTION_47" if path == "CP" else "ASSESSMENT"
            start = referral + self.days(0, 3)
            authorised = start + self.days(12, 70)
            episode["assessment"] = {"start": start, "authorised": authorised if authorised <= as_of else None}
            if path == "ASSESS_NFA":
                episode["end"] = authorised if authorised <= as_of else None
                episode["closure"] = rng.choice(["RC8", "RC8", "RC9"])
            elif path == "CIN":
                if authorised <= as_of:
                    # RC8 and RC9 close a case after assessment only: a case with a plan closes otherwise (DfE rule 2990)
                    self.add_plan(episode, "CHILD_IN_NEED", authorised, rng.randint(60, 560), ["RC7", "RC7", "RC7", "RC5"])
            else:
                cpc = weekday(referral + self.days(10, 15))  # an initial conference is not held at a weekend (rule 8875)
                episode["conference"] = cpc
                if cpc <= as_of:
                    length = rng.choices([rng.randint(90, 330), rng.randint(330, 720), rng.randint(730, 820)],
                                         [62, 33, 5])[0]
                    cp = self.add_plan(episode, "CHILD_PROTECTION", cpc, length, ["RC7"], category=True)
                    plo = cpc + self.days(60, 200)
                    plo_days = min(rng.randint(90, 160), length - (plo - cpc).days)
                    if rng.random() < 0.15 and plo <= as_of - 2 * DAY and plo_days >= 30:
                        self.add_plan(episode, "PRE_PROCEEDINGS", plo, plo_days, ["RC7"])
                    if cp["end"] is not None:
                        r = rng.random()
                        if r < 0.10:
                            cp["reason"] = "RC7"
                            self.add_plan(episode, "LOOKED_AFTER", cp["end"], rng.randint(200, 900),
                                          ["RC4", "RC3", "RC1", "RC5"], legal=rng.choice(["C2", "C1", "V2", "C2"]))
                        elif r < 0.65:
                            self.add_plan(episode, "CHILD_IN_NEED", cp["end"], rng.randint(90, 300), ["RC7", "RC7", "RC7", "RC5"])
            ends = [p.get("end") for p in episode["plans"]]
            if episode["plans"]:
                episode["end"] = None if None in ends else max(ends)
            elif path != "ASSESS_NFA":
                episode["end"] = None
        for child in family["children"]:
            child["referrals"].append(referral)
        return episode

    def add_plan(self, episode, kind, start, length, reasons, category=False, legal=None):
        end = start + datetime.timedelta(days=length)
        plan = {"kind": kind, "start": start, "end": end if end <= self.as_of else None,
                "reason": self.rng.choice(reasons)}
        if category:
            plan["category"] = self.rng.choice(CATEGORIES)
        if legal:
            plan["legalStatus"] = legal
        episode["plans"].append(plan)
        return plan

    def make_workforce(self):
        """Teams, social workers and specialists enough for the families open at the as-of date."""
        rng = self.rng
        for family in self.families:
            family["allocated"] = [e for e in family["episodes"] if e["path"] != "NFA"]
            for child in family["children"]:
                child["plans"] = [p for e in family["episodes"] for p in e["plans"]]
            needs = set()
            for f in family["factors"]:
                needs |= {"3B": {"DOMESTIC_ABUSE_VICTIM_SURVIVOR", "DOMESTIC_ABUSE_PERPETRATOR"},
                          "2B": {"SUBSTANCE_USE"}, "1B": {"SUBSTANCE_USE"}, "4B": {"MENTAL_HEALTH"}}.get(f, set())
            mother, partner = family["adults"][0], (family["adults"][1] if len(family["adults"]) > 1 else None)
            for need in sorted(needs):
                if need == "DOMESTIC_ABUSE_PERPETRATOR":
                    if partner and partner["relationship"] != "GRANDPARENT":
                        partner["needs"].append(need)
                elif need == "DOMESTIC_ABUSE_VICTIM_SURVIVOR" or need == "MENTAL_HEALTH":
                    mother["needs"].append(need)
                else:
                    (partner if partner and rng.random() < 0.5 and partner["relationship"] != "GRANDPARENT"
                     else mother)["needs"].append(need)
        open_families = sum(1 for f in self.families if any(e["end"] is None for e in f["allocated"]))
        n_sw = max(2, math.ceil(open_families / PLANNED_SW))
        n_teams = max(1, min(len(self.cfg["teams"]), math.ceil(n_sw / 4)))
        n_sw = n_teams * math.ceil(n_sw / n_teams)
        self.teams = [{"name": f"{self.cfg['teams'][i]} Family Safeguarding Team", "workers": []}
                      for i in range(n_teams)]
        key = self.cfg["key"]
        used = set()

        def person():
            while True:
                sex = rng.choice("MF")
                name = (rng.choice(GIVEN_F if sex == "F" else GIVEN_M), rng.choice(WORKER_SURNAMES))
                if name not in used:
                    used.add(name)
                    return name

        self.workers = []
        for i, team in enumerate(self.teams):
            given, family_name = person()
            manager = {"login": f"{key}-fst{i + 1}-tm", "role": "TEAM_MANAGER", "given": given, "family": family_name,
                       "agency": self.cfg["in_house"], "team": i, "kc_role": "team-manager"}
            team["manager"] = manager
            self.workers.append(manager)
        for n in range(n_sw):
            given, family_name = person()
            team = n % n_teams
            self.workers.append({"login": f"{key}-fst{team + 1}-sw{n // n_teams + 1:02d}", "role": "SOCIAL_WORKER",
                                 "given": given, "family": family_name, "agency": self.cfg["in_house"], "team": team,
                                 "kc_role": "social-worker"})
        for specialism, agency in self.cfg["specialists"].items():
            open_need = sum(1 for f in self.families if any(e["end"] is None for e in f["allocated"])
                            for a in f["adults"] if specialism in a["needs"])
            for n in range(max(1, math.ceil(open_need / PLANNED_ADULT))):
                given, family_name = person()
                self.workers.append({"login": f"{key}-{ABBREV[specialism]}{n + 1:02d}", "role": ROLE_OF[specialism],
                                     "given": given, "family": family_name, "agency": agency or self.cfg["in_house"],
                                     "team": n % n_teams, "kc_role": "practitioner", "specialism": specialism,
                                     "partner": agency is not None})
        for n, w in enumerate(self.workers):
            w["start"] = self.formed - datetime.timedelta(days=rng.randint(30, 900))
            if w["role"] in ("SOCIAL_WORKER", "TEAM_MANAGER"):
                w["registration"] = ("SOCIAL_WORK_ENGLAND", f"SW{rng.randrange(10 ** 5, 10 ** 7)}")
            elif w["role"] == "MENTAL_HEALTH_PRACTITIONER":
                w["registration"] = ("NMC", f"{rng.randrange(10, 99)}{rng.choice('ABCDEFGHJ')}"
                                            f"{rng.randrange(1000, 9999)}{rng.choice('ABCDEFGHJKLMN')}")
            w["fte"] = 1.0 if w["role"] in ("SOCIAL_WORKER", "TEAM_MANAGER") or rng.random() < 0.7 else 0.8
            w["mi"] = w["start"] + self.days(30, 300) if rng.random() < 0.8 else None
            self.teams[w["team"]]["workers"].append(w)

    def assign(self):
        """Each family to a team and lead social worker; each parent's need to a practitioner. A case
        still open at the as-of date goes to the worker with most room under their limit; a closed one
        to any worker of the kind (so that the cases a parallel load holds open for a moment spread)."""
        rng = self.rng
        holding = collections.Counter()

        def room(w):
            return (holding[w["login"]] / (TEAM_LIMITS[w["role"]] * w["fte"]), rng.random())

        def pick(workers, stays):
            return min(workers, key=room) if stays else rng.choice(workers)
        sws = [[w for w in t["workers"] if w["role"] == "SOCIAL_WORKER"] for t in self.teams]
        specialists = collections.defaultdict(list)
        for w in self.workers:
            if w.get("specialism"):
                specialists[w["specialism"]].append(w)
        for family in self.families:
            team = family["index"] % len(self.teams)
            family["team"] = team
            for episode in family["allocated"]:
                stays = episode["end"] is None
                lead = pick(sws[team], stays)
                episode["lead"] = lead
                episode["from"] = episode["referral"] + self.days(1, 3)
                if episode["from"] > self.as_of:
                    episode["from"] = self.as_of
                # a few families are handed over to another social worker of the team part-way
                span = ((episode["end"] or self.as_of) - episode["from"]).days
                if len(sws[team]) > 1 and span > 150 and rng.random() < 0.12:
                    successor = pick([w for w in sws[team] if w is not lead], stays)
                    episode["handover"] = (successor, episode["from"] + datetime.timedelta(days=span // 2))
                    if stays:
                        holding[successor["login"]] += 1
                elif stays:
                    holding[lead["login"]] += 1
                episode["adults"] = []
                if not episode["plans"]:
                    continue
                work_start = min(p["start"] for p in episode["plans"])
                for a_index, adult in enumerate(family["adults"]):
                    for need in adult["needs"]:
                        worker = pick(specialists[need], stays)
                        start = work_start + self.days(3, 25)
                        if start > self.as_of - 2 * DAY:
                            continue
                        end = episode["end"]
                        if end is not None and start >= end:
                            continue
                        if stays:
                            holding[worker["login"]] += 1
                        episode["adults"].append({"adult": a_index, "need": need, "worker": worker,
                                                  "from": start, "to": end})
        self.holding = holding


def parallel(size, work, items):
    """Runs work on each item on a pool of threads; the first failure cancels what has not started."""
    with concurrent.futures.ThreadPoolExecutor(size) as pool:
        futures = [pool.submit(work, item) for item in items]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def base36(n):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


# ------------------------------------------------------------------------------------------ loading

class Loader:
    def __init__(self, api, plan, kc, counts, workers):
        self.api, self.plan, self.kc, self.counts, self.pool_size = api, plan, kc, counts, workers
        self.code, self.cfg = plan.code, plan.cfg
        self.admin, self.commissioner = self.cfg["admin"], self.cfg["commissioner"]
        self.lock = threading.Lock()

    def count(self, what, n=1):
        with self.lock:
            self.counts[f"{self.cfg['key']}: {what}"] += n

    # ---------------------------------------------------------------- workers

    def workforce(self):
        api = self.api
        agencies = {w["agency"] for w in self.plan.workers}
        known = {}
        for agency in agencies:
            for p in api.pages(f"/api/partners/v1/agencies/{agency}/practitioners", self.admin):
                known[p["login"]] = p
        for w in self.plan.workers:
            if w["login"] not in known:
                body = {"givenName": w["given"], "familyName": w["family"], "role": w["role"], "fte": w["fte"],
                        "registrationBody": w.get("registration", (None, None))[0],
                        "registrationNumber": w.get("registration", (None, None))[1],
                        "motivationalInterviewingTrainedOn": iso(w["mi"]), "startDate": iso(w["start"]),
                        "login": w["login"]}
                # a council registers its own in-house staff; a partner agency's are the platform admin's to register
                by = self.admin if w["agency"] == self.plan.cfg["in_house"] else "platform-admin"
                known[w["login"]] = api.post(f"/api/partners/v1/agencies/{w['agency']}/practitioners", by, body)
                self.count("practitioners created")
            w["id"] = known[w["login"]]["id"]
            self.kc.ensure_user(w, self.code)
        for team in self.plan.teams:
            found = [t for t in api.get("/api/partners/v1/teams?size=100&q=" + urllib.parse.quote(team["name"]),
                                        self.commissioner)["items"] if t["name"] == team["name"]]
            if found:
                team["id"] = found[0]["id"]
                view = api.get(f"/api/partners/v1/teams/{team['id']}", self.commissioner)
                members = {m["practitionerId"] for m in view["members"]}
            else:
                team["id"] = api.post("/api/partners/v1/teams", self.commissioner, {
                    "name": team["name"], "managerPractitionerId": team["manager"]["id"],
                    "caseloadLimits": TEAM_LIMITS, "formedOn": iso(self.plan.formed)})["id"]
                members = set()
                self.count("teams created")
            for w in team["workers"]:
                if w["id"] not in members and w["role"] != "TEAM_MANAGER":
                    api.post(f"/api/partners/v1/teams/{team['id']}/members", self.commissioner,
                             {"practitionerId": w["id"], "from": iso(max(self.plan.formed, w["start"]))})
            self.count("teams")
        self.count("workers", len(self.plan.workers))

    def commissioning(self):
        """Each partner agency's service live in the council from before the history starts; the day
        from which each agency's parents may be allocated (its contract live and an agreement in force)."""
        api, plan = self.api, self.plan
        needed_from = plan.start - datetime.timedelta(days=420)
        live = api.pages("/api/contracts/v1/contracts?state=LIVE", self.commissioner)
        agreements = [a for a in api.pages("/api/partners/v1/agreements", self.commissioner)
                      if a.get("status") not in ("ENDED",) and a.get("endedOn") is None]
        self.allowed_from = {}
        for specialism, agency in self.cfg["specialists"].items():
            if agency is None:
                continue
            service = SERVICE_OF[specialism]
            covering = [c for c in live if c["agencyId"] == agency and service in c["services"] and c["liveOn"]]
            if not covering:
                covering = [self.enter_contract(agency, service, needed_from)]
                self.count("contracts entered")
            live_on = min(date(c["liveOn"]) for c in covering)
            shared = [date(a["startDate"]) for a in agreements if agency in a["agencyIds"]]
            if not shared:
                raise Refused(f"{self.code}: no information-sharing agreement covers agency {agency}")
            self.allowed_from[specialism] = max(live_on, min(shared))

    def enter_contract(self, agency, service, needed_from):
        """An invented contract for a specialism the reports leave uncommissioned: awarded when the agency
        is accredited by the council (not before), live from then or from when the history needs it."""
        api, today = self.api, datetime.date.today()
        accredited = [date(a["since"]) for a in api.get(f"/api/partners/v1/agencies/{agency}/accreditations",
                                                        self.commissioner)
                      if a["councilCode"] == self.code and a["status"] == "ACCREDITED" and a.get("since")]
        awarded = accredited[0] if accredited else today
        live_on = max(awarded, needed_from)
        initial_end = self.plan.as_of + datetime.timedelta(days=3 * 365)
        # the check values the decision actually taken: every year of the term and the option, with VAT exempt
        years = (initial_end - live_on).days / 365 + 1
        check = api.post("/api/contracts/v1/procurement-checks", self.commissioner, {
            "council": self.code, "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES",
            "estimatedLifetimeValue": round(300000.00 * (years + 1), 2),
            "decisionDate": iso(awarded), "proposedRoute": "DIRECT_AWARD", "ground": "PUBLIC_PUBLIC_COOPERATION"})
        contract = api.post("/api/contracts/v1/contracts", self.commissioner, {
            "council": self.code, "title": f"Family safeguarding adult practitioners: {service.lower().replace('_', ' ')}",
            "description": "Adult-facing practitioners in the council's Family Safeguarding teams (demo data)",
            "serviceType": "LIGHT_TOUCH_SOCIAL_SERVICES", "agencyId": None,
            "term": {"start": iso(live_on), "initialEnd": iso(initial_end),
                     "extensionOptionMonths": [12], "extensionDecisionBy": iso(self.plan.as_of + datetime.timedelta(days=700)),
                     "mobilisationDays": 0},
            "annualValue": 300000.00, "vatBasis": "VAT_EXEMPT", "services": [service]})
        # awarded once accredited; mobilised and live in date order after it
        moves = [("AWARDED", awarded, "CABINET", check["id"], agency), ("MOBILISING", live_on, "OFFICER", None, None),
                 ("LIVE", live_on, "OFFICER", None, None)]
        for version, (state, on, level, check_id, agency_id) in enumerate(moves):
            api.post(f"/api/contracts/v1/contracts/{contract['id']}/transitions", self.commissioner, {
                "to": state, "effectiveOn": iso(on), "decisionMaker": "Cabinet Member for Children",
                "decisionLevel": level, "decisionReportRef": "DEMO-FS-001", "procurementCheckId": check_id,
                "agencyId": agency_id}, headers={"If-Match": f'"{version}"'}, ok=(200,))
        return api.get(f"/api/contracts/v1/contracts/{contract['id']}", self.commissioner)

    # ---------------------------------------------------------------- families

    def exists(self, f):
        child_id = f["children"][0]["councilChildId"]
        return self.api.get(f"/api/caseload/v1/children?childId={child_id}", self.admin)["totalItems"] > 0

    def families(self):
        """All of them, none, or - after an interrupted load - those not there yet."""
        plan = self.plan
        if self.exists(plan.families[-1]):
            self.count("families already there", len(plan.families))
            return
        self.check_each = self.exists(plan.families[0])
        parallel(self.pool_size, self.family, plan.families)

    def family(self, f):
        api, plan = self.api, self.plan
        team = plan.teams[f["team"]]
        tm = team["manager"]["login"]
        if self.check_each and self.exists(f):
            self.count("families already there")
            return
        fid = api.post("/api/caseload/v1/families", tm, {"name": f["name"]})["id"]
        f["id"] = fid
        children = []
        for c in f["children"]:
            body = {k: c.get(k) for k in ("givenName", "familyName", "sex", "ethnicity", "disabilities", "upn",
                                          "nhsNumber", "councilChildId")}
            body["dateOfBirth"], body["expectedDateOfBirth"] = iso(c.get("dateOfBirth")), iso(c.get("expectedDateOfBirth"))
            children.append(api.post(f"/api/caseload/v1/families/{fid}/children", tm, body)["record"]["id"])
        adults = []
        for a in f["adults"]:
            rel = a["relationship"]
            body = {"givenName": a["givenName"], "familyName": a["familyName"], "dateOfBirth": iso(a["dateOfBirth"]),
                    "nhsNumber": a.get("nhsNumber"), "crn": a.get("crn"),
                    "relationships": [{"childId": c, "relationship": rel} for c in children]}
            adults.append(api.post(f"/api/caseload/v1/families/{fid}/adults", tm, body)["record"]["id"])
        self.count("children", len(children))
        self.count("adults", len(adults))
        started = set()  # parents whose Family Star and workbook have begun (once per parent)
        for episode in f["episodes"]:
            self.episode(f, episode, fid, children, adults, tm, team, started)
        self.count("families")

    def episode(self, f, e, fid, children, adults, tm, team, started):
        api, plan = self.api, self.plan
        end = e["end"]
        referrals = []
        for child in children:
            referrals.append(api.post(f"/api/caseload/v1/children/{child}/referrals", tm, {
                "referralDate": iso(e["referral"]), "source": e["source"], "primaryNeed": e["need"],
                "outcome": e["outcome"]})["id"])
        self.count("referrals", len(referrals))
        if e["path"] == "NFA":
            return
        allocation = retrying(lambda: api.call("POST", f"/api/caseload/v1/families/{fid}/allocations", tm, {
            "teamId": team["id"], "practitionerId": e["lead"]["id"], "from": iso(e["from"])}),
            ("unknown-practitioner", "unknown-team", "not-in-team", "caseload-limit-reached"), seconds=240)
        allocation, etag = allocation[1], allocation[2]
        lead = e["lead"]
        a = e.get("assessment")
        for child, referral in zip(children, referrals):
            if e["path"] == "CP":
                # the section 47 enquiry from the referral's day, and its initial conference where the plan began
                enquiry = api.post(f"/api/caseload/v1/children/{child}/section47-enquiries", tm,
                                   {"startDate": iso(e["referral"]), "referralId": referral})
                if e.get("conference") and e["conference"] <= plan.as_of:
                    api.call("PUT", f"/api/caseload/v1/section47-enquiries/{enquiry['id']}/conference", tm,
                             {"conferenceDate": iso(e["conference"])})
                self.count("section 47 enquiries")
            assessment = api.post(f"/api/caseload/v1/children/{child}/assessments", tm,
                                  {"startDate": iso(a["start"]), "referralId": referral})
            if a["authorised"]:
                api.call("PUT", f"/api/caseload/v1/assessments/{assessment['id']}/authorisation", tm,
                         {"authorisationDate": iso(a["authorised"]), "factors": f["factors"]})
            for p in e["plans"]:
                # a looked-after episode ends with its SSDA903 reason; the case's CIN reason goes on its episode
                looked_after = p["kind"] == "LOOKED_AFTER"
                body = {"kind": p["kind"], "startDate": iso(p["start"]), "categoryOfAbuse": p.get("category"),
                        "legalStatus": p.get("legalStatus"), "endDate": iso(p.get("end")),
                        "closureReason": CARE_CEASED[p["reason"]] if looked_after and p.get("end") else None}
                created = api.post(f"/api/caseload/v1/children/{child}/plans", tm, body)
                self.count("plans " + p["kind"])
                if p["kind"] == "CHILD_PROTECTION":
                    for review in cp_reviews(p, plan.as_of):
                        api.post(f"/api/caseload/v1/plans/{created['id']}/reviews", tm, {"reviewDate": iso(review)})
                        self.count("child protection reviews")
            if end is not None and e["path"] != "NFA":
                api.post(f"/api/caseload/v1/referrals/{referral}/closure", tm,
                         {"closureDate": iso(end), "reason": episode_reason(e)})
                self.count("episodes closed")
        self.count("assessments", len(children))
        last_day = end or plan.as_of
        handover = e.get("handover")
        lead_until = handover[1] if handover else last_day
        self.lead_work(f, adults, lead, e["from"], lead_until)
        for work in e["adults"]:
            self.adult_work(f, e, work, adults, started)
        if handover:
            successor, on = handover
            _, allocation, etag = api.call("POST", f"/api/caseload/v1/allocations/{allocation['id']}/reallocation", tm, {
                "practitionerId": successor["id"], "on": iso(on),
                "reason": "Social worker moved to another team"}, headers={"If-Match": etag})
            self.count("reallocations")
            self.lead_work(f, adults, successor, on, last_day)
        if end is not None:
            api.call("POST", f"/api/caseload/v1/allocations/{allocation['id']}/ending", tm,
                     {"on": iso(end), "reason": "Case closed"}, headers={"If-Match": etag})
        self.count("family allocations")

    def lead_work(self, f, adults, sw, start, until):
        """The social worker's own visits, on the mother's record (the lead social work allocation)."""
        rng = random.Random(f"{self.plan.code}-{f['index']}-{sw['login']}-{start}")
        span = (until - start).days
        for n in range(max(1, min(4, span // 60))):
            on = start + datetime.timedelta(days=rng.randint(0, max(0, span)))
            if on > self.plan.as_of:
                continue
            kind = rng.choice(WORK_TYPES["LEAD"])
            self.intervention(sw["login"], adults[0], kind, on, rng)

    def intervention(self, login, adult, kind, on, rng):
        body = {"type": kind, "occurredOn": iso(on), "durationMinutes": rng.choice([30, 45, 60, 60, 90, 120]),
                "notes": NOTES[kind], "notesShared": rng.random() < 0.4}
        if kind in ("DRUG_TEST", "ALCOHOL_TEST"):
            body["testResult"] = rng.choices(["NEGATIVE", "POSITIVE", "REFUSED"], [70, 24, 6])[0]
            body["durationMinutes"] = 20
        self.api.post(f"/api/caseload/v1/adults/{adult}/interventions", login, body)
        self.count("interventions")

    def adult_work(self, f, e, work, adults, started):
        api, plan = self.api, self.plan
        worker, need = work["worker"], work["need"]
        adult = adults[work["adult"]]
        start = max(work["from"], self.allowed_from.get(need, work["from"]))
        end = work["to"]
        if end is not None and start >= end:
            return
        rng = random.Random(f"{plan.code}-{f['index']}-{worker['login']}-{start}")
        tm = plan.teams[f["team"]]["manager"]["login"]
        _, allocation, etag = retrying(lambda: api.call("POST", f"/api/caseload/v1/adults/{adult}/allocations", tm, {
            "practitionerId": worker["id"], "specialism": need, "from": iso(start)}),
            ("unknown-practitioner", "not-in-team", "not-commissioned", "no-information-sharing-agreement",
             "caseload-limit-reached"), seconds=240)
        self.count("adult allocations")
        last = min(end or plan.as_of, plan.as_of)
        span = (last - start).days
        for n in range(max(1, min(6, span // 45))):
            on = start + datetime.timedelta(days=rng.randint(0, max(0, span)))
            self.intervention(worker["login"], adult, rng.choice(WORK_TYPES[need]), on, rng)
        if rng.random() < 0.3:
            self.intervention(worker["login"], adult, "CORE_GROUP", start + datetime.timedelta(days=rng.randint(0, span)),
                              rng)
        if adult not in started:
            started.add(adult)
            self.workbook(worker["login"], adult, start, last, rng)
            self.family_star(e["lead"]["login"], adult, start, end, rng)
        if end is not None:
            api.call("POST", f"/api/caseload/v1/allocations/{allocation['id']}/ending", tm,
                     {"on": iso(end), "reason": "Case closed"}, headers={"If-Match": etag})

    def workbook(self, login, adult, start, last, rng):
        modules = self.modules[:]
        rng.shuffle(modules)
        on = start + datetime.timedelta(days=rng.randint(7, 28))
        for module in modules[:rng.randint(1, 4)]:
            if on > last:
                return
            self.api.post(f"/api/caseload/v1/adults/{adult}/workbook/entries", login,
                          {"moduleCode": module, "entryDate": iso(on), "status": "IN_PROGRESS", "note": MODULE_NOTE})
            done = on + datetime.timedelta(days=rng.randint(10, 45))
            if done > last:
                return
            self.api.post(f"/api/caseload/v1/adults/{adult}/workbook/entries", login,
                          {"moduleCode": module, "entryDate": iso(done), "status": "COMPLETED", "note": MODULE_NOTE})
            self.count("workbook modules completed")
            on = done + datetime.timedelta(days=rng.randint(3, 20))

    def family_star(self, login, adult, start, end, rng):
        """Start soon after the work begins, a review every three months or so, closure at the end;
        most parents move up in most areas, some slip back."""
        scores = {a: rng.randint(2, 6) for a in AREAS}
        on = start + datetime.timedelta(days=rng.randint(5, 20))
        last = end or self.plan.as_of
        stage = "START"
        while on <= last and on <= self.plan.as_of:
            self.api.post(f"/api/caseload/v1/adults/{adult}/family-star", login,
                          {"stage": stage, "readingDate": iso(on), "scores": scores})
            self.count("family star readings")
            scores = {a: max(1, min(10, s + rng.choice([-1, 0, 1, 1, 1, 2, 2]))) for a, s in scores.items()}
            nxt = on + datetime.timedelta(days=rng.randint(93, 120))
            stage = "REVIEW"
            if end is not None and nxt >= end:
                if (end - on).days >= 93:
                    self.api.post(f"/api/caseload/v1/adults/{adult}/family-star", login,
                                  {"stage": "CLOSURE", "readingDate": iso(end), "scores": scores})
                    self.count("family star readings")
                return
            on = nxt

    # ---------------------------------------------------------------- group supervision

    def supervision(self):
        parallel(self.pool_size, self.team_supervision, range(len(self.plan.teams)))

    def team_supervision(self, i):
        api, plan = self.api, self.plan
        team = plan.teams[i]
        tm = team["manager"]["login"]
        if api.get(f"/api/caseload/v1/group-supervisions?teamId={team['id']}&size=1", tm)["totalItems"]:
            self.count("supervision teams already there")
            return
        rng = random.Random(f"{plan.code}-supervision-{i}")
        ids = self.family_ids(team)
        on = plan.start + datetime.timedelta(days=rng.randint(3, 20))
        while on <= plan.as_of - 3 * DAY:
            held = [(f, e) for f in plan.families if f["team"] == i and f["index"] in ids
                    for e in f["allocated"] if e["from"] <= on and (e["end"] is None or e["end"] > on)]
            if held:
                self.session(team, tm, ids, rng.sample(held, min(len(held), rng.randint(3, 6))), on, rng)
            on += datetime.timedelta(days=rng.randint(26, 32))

    def family_ids(self, team):
        """The ids of the team's families, found through their first child's council child id."""
        tm = team["manager"]["login"]
        ids = {}
        for f in self.plan.families:
            if self.plan.teams[f["team"]] is team and f["allocated"] and f.get("id"):
                ids[f["index"]] = f["id"]
            elif self.plan.teams[f["team"]] is team and f["allocated"]:
                items = self.api.get(f"/api/caseload/v1/children?childId={f['children'][0]['councilChildId']}",
                                     tm)["items"]
                if items:
                    ids[f["index"]] = items[0]["familyId"]
        return ids

    def session(self, team, tm, ids, held, on, rng):
        api, plan = self.api, self.plan
        attendees = [{"practitionerId": team["manager"]["id"], "discipline": "SOCIAL_WORK"}]
        for w in team["workers"]:
            if w["role"] == "TEAM_MANAGER" or rng.random() < 0.2:
                continue
            discipline = "PROBATION" if w["agency"] == PROBATION else DISCIPLINE_OF.get(w.get("specialism"), "SOCIAL_WORK")
            attendees.append({"practitionerId": w["id"], "discipline": discipline})
        families, actions = [], []
        for f, e in held:
            risk = "HIGH" if any(p["kind"] == "CHILD_PROTECTION" and p["start"] <= on for p in e["plans"]) \
                else rng.choice(["LOW", "MEDIUM", "MEDIUM"])
            families.append({"familyId": ids[f["index"]], "riskRating": risk,
                             "decision": "Plan reviewed; continue the agreed work with the parents."})
            if rng.random() < 0.4:
                owner = e.get("handover", (e["lead"], None))[0] if e.get("handover") and e["handover"][1] <= on \
                    else e["lead"]
                actions.append({"familyId": ids[f["index"]], "ownerId": owner["id"],
                                "description": "Arrange a joint visit with the adult practitioners.",
                                "dueDate": iso(on + datetime.timedelta(days=rng.randint(7, 21)))})
        _, session, etag = api.call("POST", "/api/caseload/v1/group-supervisions", tm, {
            "teamId": team["id"], "sessionDate": iso(on), "attendees": attendees, "families": families,
            "actions": actions})
        _, session, _ = api.call("PUT", f"/api/caseload/v1/group-supervisions/{session['id']}/agreement", tm, None,
                                 headers={"If-Match": etag or f'"{session["version"]}"'})
        self.count("group supervision sessions")
        for action in session["actions"]:
            due = date(action["dueDate"])
            if due < plan.as_of - datetime.timedelta(days=14) and rng.random() < 0.92:
                api.call("PUT", f"/api/caseload/v1/group-supervisions/{session['id']}/actions/{action['id']}/status", tm,
                         {"status": rng.choices(["DONE", "CANCELLED"], [9, 1])[0]},
                         headers={"If-Match": f'"{action["version"]}"'})
                self.count("supervision actions closed")

    def run(self, timings):
        t = time.monotonic()
        self.commissioning()
        self.workforce()
        self.modules = [m["code"] for m in self.api.get("/api/caseload/v1/workbook/programme",
                                                        self.plan.teams[0]["manager"]["login"])["modules"]]
        timings[f"{self.cfg['key']}: workforce and contracts"] = time.monotonic() - t
        t = time.monotonic()
        self.families()
        timings[f"{self.cfg['key']}: families"] = time.monotonic() - t
        t = time.monotonic()
        self.supervision()
        timings[f"{self.cfg['key']}: group supervision"] = time.monotonic() - t


# ------------------------------------------------------------------------------------------ Keycloak

class Keycloak:
    """Invented workers as realm users, through Keycloak's admin REST API, as demo_users.py shapes them."""

    def __init__(self, secrets):
        self.secrets = secrets
        self.token = None
        self.roles = {}
        self.lock = threading.Lock()

    def admin(self, method, path, body=None, ok=(200, 201, 204)):
        if self.token is None or self.token[1] < time.monotonic() + 10:
            form = urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli",
                                           "username": self.secrets["KEYCLOAK_ADMIN_USERNAME"],
                                           "password": self.secrets["KEYCLOAK_ADMIN_PASSWORD"]})
            status, text, _ = raw("POST", f"{KEYCLOAK}/realms/master/protocol/openid-connect/token", form,
                                  {"Content-Type": "application/x-www-form-urlencoded"})
            if status != 200:
                raise Refused(f"Keycloak admin login answered {status}: {text[:200]}")
            answer = json.loads(text)
            self.token = (answer["access_token"], time.monotonic() + answer["expires_in"])
        status, text, _ = raw(method, f"{KEYCLOAK}/admin/realms/{REALM}{path}",
                              None if body is None else json.dumps(body),
                              {"Authorization": "Bearer " + self.token[0], "Content-Type": "application/json"})
        if status not in ok:
            raise Refused(f"Keycloak {method} {path} answered {status}: {text[:300]}")
        return status, (json.loads(text) if text else None)

    def ensure_user(self, w, council):
        with self.lock:
            attributes = {"agency": [w["agency"]]} if w.get("partner") else {"council": [council]}
            status, _ = self.admin("POST", "/users", {
                "username": w["login"], "enabled": True, "emailVerified": True, "firstName": w["given"],
                "lastName": w["family"], "email": f"{w['login']}@family-safeguarding.example",
                "attributes": attributes, "requiredActions": [],
                "credentials": [{"type": "password", "value": password(w["login"]), "temporary": False}]},
                ok=(201, 409))
            if status == 409:
                return
            _, found = self.admin("GET", "/users?exact=true&username=" + urllib.parse.quote(w["login"]))
            if w["kc_role"] not in self.roles:
                self.roles[w["kc_role"]] = self.admin("GET", f"/roles/{w['kc_role']}")[1]
            role = self.roles[w["kc_role"]]
            self.admin("POST", f"/users/{found[0]['id']}/role-mappings/realm",
                       [{"id": role["id"], "name": role["name"]}])


def password(username):
    return f"demo-{username}"


def secrets():
    values = {}
    path = ROOT / ".stack" / "secrets.env"
    if path.exists():
        for line in path.read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                values[k.strip()] = v.strip().strip("'\"")
    for key in ("KEYCLOAK_ADMIN_USERNAME", "KEYCLOAK_ADMIN_PASSWORD"):
        values[key] = os.environ.get(key, values.get(key))
    return values


def iso(d):
    return None if d is None else d.isoformat()


def date(text):
    return datetime.date.fromisoformat(text)


# ------------------------------------------------------------------------------------------ figures

def figures(api, plans):
    """One census export and one metrics call per council, timed, with what the plan expects."""
    out = {}
    for plan in plans:
        key = plan.cfg["key"]
        census_year = plan.as_of.year if plan.as_of >= datetime.date(plan.as_of.year, 3, 31) else plan.as_of.year - 1
        t = time.monotonic()
        _, xml, _ = api.call("GET", f"/api/caseload/v1/returns/cin-census?year={census_year}", f"{key}-partnership-admin",
                             accept="application/xml")
        census_seconds = time.monotonic() - t
        t = time.monotonic()
        # any window for the partnership admin; analysts get whole periods only
        metrics = api.get(f"/api/caseload/v1/outcomes?from={plan.as_of - datetime.timedelta(days=364)}&to={plan.as_of}",
                          f"{key}-partnership-admin")
        metrics_seconds = time.monotonic() - t
        period = metrics["period"]
        out[plan.code] = {
            "asOf": iso(plan.as_of), "censusYear": census_year,
            "expectedOpenCp": plan.expected["openCp"], "expectedOpenCin": plan.expected["openCin"],
            "expectedCensusChildren": census_children(plan, census_year),
            "families": len(plan.families), "children": sum(len(f["children"]) for f in plan.families),
            "censusChildren": xml.count("<Child>"), "censusSeconds": round(census_seconds, 2),
            "openCp": period["childrenOnCpPlans"]["value"], "openCin": period["childrenOnCinPlans"]["value"],
            "metricsSeconds": round(metrics_seconds, 2),
            "cohort": {"seed": plan.seed, "scale": plan.scale, "asOf": iso(plan.as_of),
                       "firstChildId": plan.families[0]["children"][0]["councilChildId"]}}
    return out


def census_children(plan, year):
    """Children with an episode open at some time in the collection year (1 April to 31 March)."""
    first, last = datetime.date(year - 1, 4, 1), datetime.date(year, 3, 31)
    n = 0
    for f in plan.families:
        if any(e["referral"] <= last and (census_end(e) is None or census_end(e) >= first) for e in f["episodes"]):
            n += len(f["children"])
    return n


# What `stack up` loads (DEMO_FAMILIES_SCALE overrides it); `stack demo-families` loads --scale 1 by default.
UP_SCALE = "0.25"


def for_stack_up():
    return main(["--scale", os.environ.get("DEMO_FAMILIES_SCALE", UP_SCALE)])


def read_summary():
    try:
        return json.loads(SUMMARY.read_text())
    except (OSError, ValueError):
        return {}


def loaded_cohorts(api):
    """The demo families each council holds, as the last run wrote them down and the services confirm
    (a stack reset or recreated database leaves the note but not the families)."""
    found = {}
    for code, entry in read_summary().get("councils", {}).items():
        cohort = entry.get("cohort")
        if code in COUNCILS and cohort and api.get(
                f"/api/caseload/v1/children?childId={cohort['firstChildId']}", COUNCILS[code]["admin"])["totalItems"]:
            found[code] = cohort
    return found


def cohort_plan(code, args, loaded):
    """The plan for a council: with families already loaded, the same seed and scale only (their as-of
    date unless another is given), so that a later run adds nothing and never doubles the caseloads."""
    as_of = args.as_of or (date(loaded["asOf"]) if loaded else datetime.date.today())
    if loaded and (loaded["seed"], float(loaded["scale"]), loaded["asOf"]) != (args.seed, args.scale, iso(as_of)):
        raise Refused(f"{code} already holds the demo families of seed {loaded['seed']}, scale {loaded['scale']}, "
                      f"as of {loaded['asOf']}; load those again (nothing is added), or start from an empty stack "
                      f"(deploy/local/stack reset --yes, then DEMO_FAMILIES_SCALE={args.scale} deploy/local/stack up)")
    return Plan(code, args.seed, args.scale, as_of)


def census_end(episode):
    """When the return closes an episode: on the referral day when no further action was taken, else on the
    day its case was closed (the loader closes it when its assessment or last plan ended), open until then."""
    if episode["path"] == "NFA":
        return episode["referral"]
    return episode["end"]


# The SSDA903 reason a looked-after episode ceased for, by the CIN reason its case closed with.
CARE_CEASED = {"RC1": "E11", "RC3": "E41", "RC4": "E45", "RC5": "E3", "RC7": "E8"}


def weekday(day):
    """The day, or the Monday after it when it falls at a weekend."""
    return day + datetime.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def cp_reviews(plan, as_of):
    """Review conferences of a child protection plan: within three months of its start, then every six."""
    reviews, on = [], weekday(plan["start"] + datetime.timedelta(days=90))
    last = min(plan["end"] or as_of, as_of)
    while on < last:
        reviews.append(on)
        on = weekday(on + datetime.timedelta(days=182))
    return reviews


def episode_reason(episode):
    """The CIN reason the case closed for: as decided after an assessment without a plan, else that of the
    plan that ended last (its reason names why the child no longer needed services)."""
    if episode["path"] == "ASSESS_NFA":
        return episode["closure"]
    return max((p for p in episode["plans"] if p.get("end")), key=lambda p: p["end"])["reason"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--as-of", type=datetime.date.fromisoformat,
                        help="the last day of the history (default: that of the families already loaded, else today)")
    parser.add_argument("--council", action="append", choices=sorted(COUNCILS))
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args(argv)
    if args.scale <= 0:
        print("demo families: nothing to load at scale 0")
        return 0
    if args.as_of and args.as_of > datetime.date.today():
        parser.error("--as-of cannot be in the future: nothing is recorded ahead of today")
    started = time.monotonic()
    users = {row.split(",")[0]: row.split(",")[1] for row in (LOCAL / "demo-users.csv").read_text().splitlines()[1:]}
    api = Api(lambda u: users.get(u) or password(u))
    kc = Keycloak(secrets())
    counts, timings = collections.Counter(), {}
    try:
        loaded = loaded_cohorts(api)
        plans = []
        for code in args.council or sorted(COUNCILS):
            plans.append(cohort_plan(code, args, loaded.get(code)))
        for plan in plans:
            Loader(api, plan, kc, counts, args.workers).run(timings)
        report = figures(api, plans)
    except Refused as e:
        print(f"demo families: {e}", file=sys.stderr)
        return 1
    calls = sum(api.calls.values())
    elapsed = time.monotonic() - started
    SUMMARY.parent.mkdir(exist_ok=True)
    kept = read_summary().get("councils", {})
    kept.update(report)
    SUMMARY.write_text(json.dumps({"councils": kept}, indent=2) + "\n")
    print(f"    demo families (seed {args.seed}, scale {args.scale}, as of {plans[0].as_of}): "
          + "; ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for code, r in report.items():
        print(f"    {code}: open CP {r['openCp']} (planned {r['expectedOpenCp']}), open CIN {r['openCin']} "
              f"(planned {r['expectedOpenCin']}); CIN census {r['censusYear']}: {r['censusChildren']} children "
              f"in {r['censusSeconds']} s; outcome metrics in {r['metricsSeconds']} s")
    print("    " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    print(f"    {calls} calls in {elapsed:.0f} s ({calls / max(elapsed, 0.001):.0f}/s); "
          f"server errors: {len(api.server_errors)}")
    for error in api.server_errors[:10]:
        print(f"    5xx: {error}", file=sys.stderr)
    return 1 if api.server_errors else 0


if __name__ == "__main__":
    sys.exit(main())
