#!/usr/bin/env python3
"""Cuts the pinned upstream API schemas down to the kinds the manifests use.

Usage: extract.py KIND_REPO=<git-dir> ... (see SOURCES.md for the repositories and commits).
Reads each source file at its pinned commit with `git show`, keeps only what validation needs
(descriptions dropped: they are most of the bytes and change no rule) and writes:
  kubernetes/definitions.json   the OpenAPI v2 definitions reachable from the core kinds used
  crds/<plural>.<group>.json    one CRD's openAPIV3Schema per served version, by version name
"""
import json, subprocess, sys, os, yaml

HERE = os.path.dirname(os.path.abspath(__file__))

KUBERNETES = ("kubernetes-client/python", "v36.0.3", "kubernetes/swagger.json.unprocessed")
CORE_KINDS = [
    "io.k8s.api.apps.v1.Deployment",
    "io.k8s.api.core.v1.Service",
    "io.k8s.api.core.v1.ConfigMap",
    "io.k8s.api.core.v1.ServiceAccount",
    "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
    "io.k8s.api.policy.v1.PodDisruptionBudget",
    "io.k8s.api.networking.v1.NetworkPolicy",
    "io.k8s.api.networking.v1.Ingress",
]
CRDS = [
    ("strimzi/strimzi-kafka-operator", "1.2.0", "packaging/install/cluster-operator/040-Crd-kafka.yaml"),
    ("strimzi/strimzi-kafka-operator", "1.2.0", "packaging/install/cluster-operator/045-Crd-kafkanodepool.yaml"),
    ("strimzi/strimzi-kafka-operator", "1.2.0", "packaging/install/cluster-operator/043-Crd-kafkatopic.yaml"),
    ("strimzi/strimzi-kafka-operator", "1.2.0", "packaging/install/cluster-operator/044-Crd-kafkauser.yaml"),
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_clusters.yaml"),
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_scheduledbackups.yaml"),
    ("keycloak/keycloak-k8s-resources", "26.0.0", "kubernetes/keycloaks.k8s.keycloak.org-v1.yml"),
    ("keycloak/keycloak-k8s-resources", "26.0.0", "kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml"),
]


def show(git_dirs, repo, ref, path):
    return subprocess.run(["git", "--git-dir", git_dirs[repo], "show", f"{ref}:{path}"],
                          check=True, capture_output=True).stdout


def commit(git_dirs, repo, ref):
    return subprocess.run(["git", "--git-dir", git_dirs[repo], "rev-parse", f"{ref}^{{commit}}"],
                          check=True, capture_output=True, text=True).stdout.strip()


def strip(schema):
    """Drops the descriptions of a schema node and of the schemas inside it; a property named
    "description" is a property, not a description, and stays."""
    if isinstance(schema, list):
        return [strip(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "description" and isinstance(value, str):
            continue
        if key in ("properties", "definitions", "patternProperties") and isinstance(value, dict):
            out[key] = {name: strip(child) for name, child in value.items()}
        else:
            out[key] = strip(value)
    return out


def refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                found.add(v.split("/")[-1])
            else:
                refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def main():
    git_dirs = dict(arg.split("=", 1) for arg in sys.argv[1:])
    sources = []
    repo, ref, path = KUBERNETES
    swagger = json.loads(show(git_dirs, repo, ref, path))["definitions"]
    wanted, todo = set(), list(CORE_KINDS)
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted.add(name)
        found = set()
        refs(swagger[name], found)
        todo.extend(found - wanted)
    os.makedirs(os.path.join(HERE, "kubernetes"), exist_ok=True)
    with open(os.path.join(HERE, "kubernetes", "definitions.json"), "w") as out:
        json.dump({"definitions": {n: strip(swagger[n]) for n in sorted(wanted)}}, out, indent=1, sort_keys=True)
    sources.append((repo, ref, commit(git_dirs, repo, ref), path, "kubernetes/definitions.json"))

    os.makedirs(os.path.join(HERE, "crds"), exist_ok=True)
    for repo, ref, path in CRDS:
        crd = yaml.safe_load(show(git_dirs, repo, ref, path))
        spec = crd["spec"]
        versions = {v["name"]: strip(v["schema"]["openAPIV3Schema"]) for v in spec["versions"] if v.get("served")}
        name = f"{spec['names']['plural']}.{spec['group']}.json"
        with open(os.path.join(HERE, "crds", name), "w") as out:
            json.dump({"group": spec["group"], "kind": spec["names"]["kind"], "scope": spec["scope"],
                       "versions": versions}, out, indent=1, sort_keys=True)
        sources.append((repo, ref, commit(git_dirs, repo, ref), path, "crds/" + name))

    for s in sources:
        print(" | ".join(s))


if __name__ == "__main__":
    main()
