#!/usr/bin/env python3
"""Fails if a secret is committed: the repository may hold demo values marked as such, and nothing else.

  check_secrets.py scan ROOT   list every finding in the files git tracks under ROOT; exit 1 if any
  check_secrets.py selftest    plant each kind of secret in a scratch tree and check each one is found

What counts as allowed:
- a value that reads the environment or another property: ${...}
- a value under the %test profile of an application.properties (test databases on the loopback)
- a demo value, marked by its "demo-" prefix (demo users' passwords, demo clients' secrets)
- an empty value
Production configuration therefore takes every secret from the environment (Quarkus maps
QUARKUS_DATASOURCE_PASSWORD and the like onto the properties); deploy/local/stack generates the local
stack's own in .stack/secrets.env, which git ignores.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SECRET_KEY = re.compile(r"(password|passwd|secret|api[-_.]?key|private[-_.]?key|access[-_.]?key|token)$", re.I)
ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([%\w.\-\"]+)\s*[=:]\s*(.*?)\s*$")
KNOWN_FORMATS = {
    "a private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "an AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "a GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "a Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    "a signed JWT": re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}"),
}
CONFIG_SUFFIXES = (".properties", ".yaml", ".yml", ".env", ".conf", ".cfg", ".ini", ".toml")
TEXT_SUFFIXES = CONFIG_SUFFIXES + (".java", ".py", ".sh", ".json", ".xml", ".md", ".csv", ".txt", ".sql", "")
DEMO = "demo-"


def allowed(key, value):
    value = value.strip().strip('"').strip("'")
    return (not value or value.startswith("${") or value.startswith("$") or value.startswith(DEMO)
            or key.startswith("%test."))


def scan_config(path, text):
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(("#", "!", "//")):
            continue
        match = ASSIGNMENT.match(line)
        if not match:
            continue
        key, value = match.group(1).strip('"'), match.group(2)
        last = re.split(r"[.\-_]", key.lower())[-1] if key else ""
        if (SECRET_KEY.search(key) or last in ("password", "secret")) and not allowed(key, value):
            yield number, f"'{key}' has a literal value; read it from the environment (${{...}}) or mark a demo value 'demo-'"


def scan_json(path, text):
    try:
        document = json.loads(text)
    except ValueError:
        return
    findings = []

    def walk(node, trail):
        if isinstance(node, dict):
            is_credential = node.get("type") == "password" and "value" in node
            for key, value in node.items():
                here = f"{trail}.{key}" if trail else key
                if isinstance(value, str) and (SECRET_KEY.search(key) or (is_credential and key == "value")):
                    if not allowed(key, value):
                        findings.append((0, f"'{here}' holds a secret that is not a demo value"))
                walk(value, here)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{trail}[{i}]")

    walk(document, "")
    yield from findings


def scan_csv(path, text):
    lines = text.splitlines()
    if not lines:
        return
    header = [h.strip().lower() for h in lines[0].split(",")]
    columns = [i for i, h in enumerate(header) if SECRET_KEY.search(h)]
    for number, line in enumerate(lines[1:], 2):
        cells = line.split(",")
        for i in columns:
            if i < len(cells) and not allowed(header[i], cells[i]):
                yield number, f"column '{header[i]}' holds a secret that is not a demo value"


def scan_file(path, text):
    for name, pattern in KNOWN_FORMATS.items():
        for number, line in enumerate(text.splitlines(), 1):
            if pattern.search(line):
                yield number, f"looks like {name}"
    suffix = path.suffix.lower() if path.suffix else ""
    if suffix in CONFIG_SUFFIXES or path.name.endswith(".env"):
        yield from scan_config(path, text)
    elif suffix == ".json":
        yield from scan_json(path, text)
    elif suffix == ".csv":
        yield from scan_csv(path, text)


def tracked_files(root):
    try:
        out = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], check=True, capture_output=True).stdout
        return [root / name for name in out.decode().split("\0") if name]
    except (subprocess.CalledProcessError, FileNotFoundError):
        return [Path(d) / f for d, _, files in os.walk(root) if "/.git" not in d and "/target" not in d
                and "/.stack" not in d for f in files]


def scan(root):
    root = Path(root).resolve()
    findings = []
    for path in tracked_files(root):
        if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        findings += [(path.relative_to(root), number, what) for number, what in scan_file(path, text)]
    return findings


def selftest():
    planted = {
        "svc/application.properties": ("quarkus.datasource.password=hunter2\n"
                                       "quarkus.oidc.credentials.secret=s3cr3t\n"
                                       "%test.quarkus.datasource.password=svc_test\n"
                                       "quarkus.datasource.username=svc\n"
                                       "prod.password=${DB_PASSWORD}\n"),
        "realm.json": json.dumps({"clients": [{"clientId": "a", "secret": "real-secret"},
                                              {"clientId": "b", "secret": "demo-secret-b"}],
                                  "users": [{"credentials": [{"type": "password", "value": "letmein"}]},
                                            {"credentials": [{"type": "password", "value": "demo-ok"}]}]}),
        "users.csv": "username,password\nann,demo-ann\nbob,bobpass\n",
        # assembled here, so that this file does not itself hold what it looks for
        "Key.java": "String k = \"-----BEGIN " + "PRIVATE KEY-----\";\n",
        "deploy.sh": "export AWS=" + "AKIA" + "ABCDEFGHIJKLMNOP\n",
    }
    expected = {("svc/application.properties", 1), ("svc/application.properties", 2), ("realm.json", 0),
                ("users.csv", 3), ("Key.java", 1), ("deploy.sh", 1)}
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in planted.items():
            path = Path(scratch) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        found = scan(scratch)
    got = {(str(p), n) for p, n, _ in found}
    realm_findings = [f for f in found if str(f[0]) == "realm.json"]
    ok = got == expected and len(realm_findings) == 2
    if not ok:
        print(f"check_secrets selftest failed: expected {sorted(expected)}, found {sorted(got)}", file=sys.stderr)
    return 0 if ok else 1


def main(argv):
    if len(argv) == 2 and argv[1] == "selftest":
        return selftest()
    if len(argv) == 3 and argv[1] == "scan":
        findings = scan(argv[2])
        for path, number, what in findings:
            print(f"secret check: {path}:{number}: {what}", file=sys.stderr)
        return 1 if findings else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
