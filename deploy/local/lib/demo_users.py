#!/usr/bin/env python3
"""Keeps the Keycloak realm's demo users and client secrets equal to the demo CSV files.

The CSV files are what people and the end-to-end tests read; the realm file is what Keycloak
imports. This script derives the realm's `users` and the confidential clients' secrets from
the CSV files, so the two cannot drift apart.

  demo_users.py check   exit 1 and list the differences if the realm file disagrees with the CSVs
  demo_users.py write   rewrite the realm file's users and client secrets from the CSVs
  demo_users.py table   print the demo users as a Markdown table (for deploy/local/README.md)
"""
import csv
import json
import sys
from pathlib import Path

LOCAL = Path(__file__).resolve().parent.parent
DEPLOY = LOCAL.parent
REALM_FILE = DEPLOY / "keycloak" / "family-safeguarding-realm.json"
USERS_CSV = LOCAL / "demo-users.csv"
ACCOUNTS_CSV = LOCAL / "demo-service-accounts.csv"
EMAIL_DOMAIN = "family-safeguarding.example"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def realm_user(row):
    attributes = {}
    if row["council"]:
        attributes["council"] = [row["council"]]
    if row["agency_id"]:
        attributes["agency"] = [row["agency_id"]]
    return {
        "username": row["username"],
        "enabled": True,
        "emailVerified": True,
        "firstName": row["first_name"],
        "lastName": row["last_name"],
        "email": f'{row["username"]}@{EMAIL_DOMAIN}',
        "attributes": attributes,
        "credentials": [{"type": "password", "value": row["password"], "temporary": False}],
        "requiredActions": [],
        "realmRoles": [row["role"]],
    }


def service_account_user(row):
    return {
        "username": f'service-account-{row["client_id"]}',
        "enabled": True,
        "serviceAccountClientId": row["client_id"],
        "realmRoles": [row["role"]],
    }


def expected_users(users, accounts):
    return [realm_user(r) for r in users] + [service_account_user(r) for r in accounts]


def problems(realm, users, accounts):
    found = []
    roles = {r["name"] for r in realm["roles"]["realm"]}
    for row in users:
        if row["role"] not in roles:
            found.append(f'{row["username"]}: role {row["role"]} is not a realm role')
        if row["role"] == "platform-admin":
            if row["council"] or row["agency_id"]:
                found.append(f'{row["username"]}: the platform admin works for no council or agency')
        elif bool(row["council"]) == bool(row["agency_id"]):
            found.append(f'{row["username"]}: needs exactly one of council or agency_id')
    for row in accounts:
        if row["role"] not in roles:
            found.append(f'{row["client_id"]}: role {row["role"]} is not a realm role')
    want = {u["username"]: u for u in expected_users(users, accounts)}
    have = {u["username"]: u for u in realm.get("users", [])}
    for name in sorted(want.keys() - have.keys()):
        found.append(f"user {name} is in the CSV but not in the realm file")
    for name in sorted(have.keys() - want.keys()):
        found.append(f"user {name} is in the realm file but not in the CSV")
    for name in sorted(want.keys() & have.keys()):
        if want[name] != have[name]:
            found.append(f"user {name} differs between the CSV and the realm file")
    clients = {c["clientId"]: c for c in realm["clients"]}
    for row in accounts:
        client = clients.get(row["client_id"])
        if client is None:
            found.append(f'client {row["client_id"]} is not in the realm file')
        elif client.get("secret") != row["secret"] or not client.get("serviceAccountsEnabled"):
            found.append(f'client {row["client_id"]}: secret or service account differs from the CSV')
    return found


COUNCILS = {"E10000032": "West Sussex (E10000032)", "E10000025": "Oxfordshire (E10000025)",
            "E08000035": "Leeds (E08000035)", "E08000002": "Bury (E08000002)", "E06000049": "Cheshire East (E06000049)"}


def table(users):
    lines = ["| username | role | council / agency | password |", "|---|---|---|---|"]
    for row in users:
        where = COUNCILS.get(row["council"], row["council"]) or row["agency_name"]
        lines.append(f'| `{row["username"]}` | {row["role"]} | {where} | `{row["password"]}` |')
    return "\n".join(lines)


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    users, accounts = read_csv(USERS_CSV), read_csv(ACCOUNTS_CSV)
    if command == "table":
        print(table(users))
        return 0
    realm = json.loads(REALM_FILE.read_text(encoding="utf-8"))
    if command == "write":
        realm["users"] = expected_users(users, accounts)
        secrets = {r["client_id"]: r["secret"] for r in accounts}
        for client in realm["clients"]:
            if client["clientId"] in secrets:
                client["secret"] = secrets[client["clientId"]]
        REALM_FILE.write_text(json.dumps(realm, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        command = "check"
    if command == "check":
        found = problems(realm, users, accounts)
        for p in found:
            print(f"demo users: {p}", file=sys.stderr)
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
