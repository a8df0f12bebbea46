#!/usr/bin/env python3
"""Loads the demo data through the gateway, as the demo users themselves would, so every rule of
the services applies to it. Safe to run again: what is there already is left alone.

usage: load_demo.py GATEWAY_URL TOKEN_URL DEMO_DIR   (DEMO_DIR holds demo-users.csv and demo-data/)
"""
import csv
import datetime
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import demo_contracts
import demo_families

GATEWAY, TOKEN_URL, DEMO_DIR = sys.argv[1:4]
USERS = {row["username"]: row for row in csv.DictReader(open(f"{DEMO_DIR}/demo-users.csv"))}
TODAY = datetime.date.today()
_tokens = {}
counts = {}


class Refused(Exception):
    pass


def token(username):
    if username not in _tokens:
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "family-safeguarding-cli",
                                       "username": username, "password": USERS[username]["password"]}).encode()
        with urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=form), timeout=30) as response:
            _tokens[username] = json.load(response)["access_token"]
    return _tokens[username]


def call(method, path, username, body=None, ok=(200, 201), headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token(username), "Content-Type": "application/json",
        "Accept": "application/json", **(headers or {})})
    # A call the gateway could not pass on this instant (502/503/504, typically just after start-up)
    # is tried again: the gateway answers so when the service never received the call; a repeated
    # registration that did arrive is answered 409 and counted as already there.
    attempts = 4
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        if status not in (502, 503, 504) or attempt == attempts:
            break
        time.sleep(0.5 * attempt)
    if status not in ok:
        raise Refused(f"{method} {path} as {username} answered {status}: {text}")
    return status, (json.loads(text) if text else None)


def count(what, status):
    key = what + (" created" if status == 201 else " already there")
    counts[key] = counts.get(key, 0) + 1


def load(name):
    return json.load(open(f"{DEMO_DIR}/demo-data/{name}"))


def agencies():
    for agency in load("agencies.json"):
        status, _ = call("POST", "/api/partners/v1/agencies", "platform-admin", agency, ok=(201, 409))
        if status == 409 and agency.get("council"):
            # an in-house team registered before teams named their council names it now, once
            _, known = call("GET", f"/api/partners/v1/agencies/{agency['id']}", "platform-admin")
            if not known.get("council"):
                call("PUT", f"/api/partners/v1/agencies/{agency['id']}", "platform-admin", agency,
                     headers={"If-Match": f'"{known["version"]}"'})
        count("agencies", status)


def councils():
    for council in load("councils.json"):
        status, _ = call("POST", "/api/partners/v1/councils", "platform-admin", council, ok=(201, 409))
        count("councils", status)


def accredited(agency, council, by):
    _, views = call("GET", f"/api/partners/v1/agencies/{agency}/accreditations", by)
    return any(v["councilCode"] == council and v["status"] == "ACCREDITED" for v in views)


def due_diligence(partnership):
    policies = {p["council"]: p["mandatoryChecks"] for p in partnership["policies"]}
    for policy in partnership["policies"]:
        call("PUT", f"/api/partners/v1/councils/{policy['council']}/due-diligence-policy", policy["by"],
             {"mandatoryChecks": policy["mandatoryChecks"]})
    for group in partnership["accreditations"]:
        for agency in group["agencies"]:
            if accredited(agency, group["council"], group["by"]):
                count("accreditations", 200)
                continue
            for check in policies[group["council"]]:
                call("POST", f"/api/partners/v1/agencies/{agency}/checks", group["by"], {
                    "type": check, "outcome": "PASSED", "score": 78 if check == "CREDIT_CHECK" else None,
                    "evidenceReference": f"DEMO-{group['council']}-{check}",
                    # dated as the group says (before the council's first award to the agency), else a month ago
                    "checkedOn": group.get("checkedOn", str(TODAY - datetime.timedelta(days=30))),
                    "expiresOn": str(TODAY + datetime.timedelta(days=335))})
            count("accreditations", 201)


def practitioners(partnership):
    for p in partnership["practitioners"]:
        person = USERS[p["login"]]
        body = {"givenName": person["first_name"], "familyName": person["last_name"], "role": p["role"],
                "fte": p["fte"], "registrationBody": p.get("registrationBody"),
                "registrationNumber": p.get("registrationNumber"), "motivationalInterviewingTrainedOn": p["startDate"],
                "startDate": p["startDate"], "login": p["login"]}
        status, _ = call("POST", f"/api/partners/v1/agencies/{p['agency']}/practitioners", p["by"], body, ok=(201, 409))
        count("practitioners", status)


def practitioner_ids(partnership, username):
    ids = {}
    for agency in {p["agency"] for p in partnership["practitioners"]}:
        # another council's in-house team is not this user's to see (404): its staff are not in their teams
        status, page = call("GET", f"/api/partners/v1/agencies/{agency}/practitioners?size=100", username, ok=(200, 404))
        if status == 200:
            ids.update({item["login"]: item for item in page["items"]})
    return ids


def teams(partnership):
    for team in partnership["teams"]:
        _, existing = call("GET", "/api/partners/v1/teams?q=" + urllib.parse.quote(team["name"]), team["by"])
        if existing["totalItems"]:
            count("teams", 200)
            continue
        people = practitioner_ids(partnership, team["by"])
        _, created = call("POST", "/api/partners/v1/teams", team["by"], {
            "name": team["name"], "managerPractitionerId": people[team["manager"]]["id"],
            "caseloadLimits": team["caseloadLimits"], "formedOn": team["formedOn"]})
        for login in team["members"]:
            joined = max(team["formedOn"], people[login]["startDate"])
            call("POST", f"/api/partners/v1/teams/{created['id']}/members", team["by"],
                 {"practitionerId": people[login]["id"], "from": joined})
        count("teams", 201)


def agreements(partnership):
    for agreement in partnership["agreements"]:
        _, existing = call("GET", "/api/partners/v1/agreements", agreement["by"])
        if existing["totalItems"]:
            count("agreements", 200)
            continue
        body = {k: v for k, v in agreement.items() if k not in ("council", "by")}
        call("POST", "/api/partners/v1/agreements", agreement["by"], body)
        count("agreements", 201)


def main():
    try:
        councils()  # first: a council's in-house team names its council
        agencies()
        partnership = load("partnership.json")
        due_diligence(partnership)
        practitioners(partnership)
        teams(partnership)
        agreements(partnership)
        demo_contracts.load(call, count, load, TODAY)
        if demo_families.for_stack_up():  # invented families, workers and their casework (demo_families.py)
            return 1
    except (Refused, demo_contracts.Finding) as e:
        print(f"stack: demo data: {e}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as e:
        print(f"stack: demo data: {e}", file=sys.stderr)
        return 1
    print("    " + "; ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
