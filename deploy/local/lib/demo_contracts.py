"""The contracts and decisions of the five council reports (demo-data/contracts.json), entered through
contracts-service as each council's commissioner would: the proposed decision is checked, the
contract planned, its profile, staffing, KPIs and risks set, then each decision recorded as a
transition or a change. Every rule of the service applies; what it refuses is a finding kept in
contracts.json. Called by load_demo.py after the partners data; safe to run again: a contract
already in the register (same council and title) is taken up where it stands.
"""
import datetime
import time

API = "/api/contracts/v1"
STATES = ["PLANNED", "IN_PROCUREMENT", "IN_EVALUATION", "AWARDED", "MOBILISING", "LIVE", "ENDED"]


class Finding(Exception):
    pass


def load(call, count, read, today=None):
    today = today or datetime.date.today()
    data = read("contracts.json")
    wait_for_agencies(call, data)
    for entry in data["contracts"]:
        Register(call, count, entry["by"], entry["contract"]["council"]).enter(entry, today)
    planned_only(call, count, data["plannedOnly"])


def wait_for_agencies(call, data):
    """contracts-service learns of agencies from partners-service's events: wait until it knows them all."""
    for entry in data["contracts"]:
        agency = entry["contract"]["agencyId"]
        for attempt in range(60):
            if agency is None or call("GET", f"{API}/agencies/{agency}", entry["by"], ok=(200, 404))[0] == 200:
                break
            time.sleep(1)
        else:
            raise Finding(f"contracts-service does not know agency {agency} after a minute")


class Register:
    def __init__(self, call, count, by, council):
        self.call, self.count, self.by, self.council = call, count, by, council

    def existing(self, title):
        page = 0
        while True:
            _, found = self.call("GET", f"{API}/contracts?size=100&page={page}", self.by)
            for item in found["items"]:
                if item["title"] == title:
                    return item
            if (page + 1) * 100 >= found["totalItems"]:
                return None
            page += 1

    def contract(self, contract_id):
        return self.call("GET", f"{API}/contracts/{contract_id}", self.by)[1]

    def if_match(self, method, path, body, version, ok=(200, 201)):
        return self.call(method, path, self.by, body, ok=ok, headers={"If-Match": f'"{version}"'})

    def enter(self, entry, today):
        spec = entry["contract"]
        contract = self.existing(spec["title"])
        if contract is None:
            _, contract = self.call("POST", f"{API}/contracts", self.by, spec)
            self.count("contracts", 201)
            self.profile(contract, entry)
            self.details(contract["id"], entry, today)
        else:
            self.count("contracts", 200)
        check_id = self.checks(contract, entry)
        done = STATES.index(contract["state"])
        for transition in entry.get("transitions", []):
            if STATES.index(transition["to"]) <= done:
                continue
            body = {k: v for k, v in transition.items() if not k.startswith("_")}
            if body["effectiveOn"] == "LOAD_DAY":
                body["effectiveOn"] = str(today)
            if body["to"] in ("IN_PROCUREMENT", "AWARDED"):
                body["procurementCheckId"] = check_id
            if body["to"] == "AWARDED":
                body["agencyId"] = spec["agencyId"]
            if body["to"] == "ENDED":
                self.changes(contract["id"], entry)
            self.move(contract["id"], body)
            if body["to"] == "IN_PROCUREMENT" and entry.get("tender"):
                self.call("POST", f"{API}/contracts/{contract['id']}/tender", self.by, ok=(201, 409))
            if body["to"] == "LIVE" and not any(t["to"] == "ENDED" for t in entry["transitions"]):
                self.changes(contract["id"], entry)

    def move(self, contract_id, body):
        # contracts-service learns of agencies and accreditations from partners-service's events a
        # moment after they are recorded: an award refused for want of them is tried again
        for attempt in range(60):
            version = self.contract(contract_id)["version"]
            status, answer = self.if_match("POST", f"{API}/contracts/{contract_id}/transitions", body, version,
                                           ok=(200, 201, 422))
            if status != 422:
                self.count("contract transitions", 201)
                return
            if not str(answer.get("type", "")).endswith(("provider-not-accredited", "provider-unknown")):
                break
            time.sleep(1)
        raise Finding(f"{body['to']} of contract {contract_id} refused: {answer}")

    def profile(self, contract, entry):
        years = entry.get("profile")
        source = entry.get("fundEveryYear")
        if years is None and source is None:
            return
        if years is None:
            years = [{"financialYear": y["financialYear"], "amount": y["amount"]} for y in contract["money"]["profile"]]
        if source is not None:
            years = [dict(y, funding=[{"source": source, "amount": y["amount"]}]) for y in years]
        version = self.contract(contract["id"])["version"]
        self.if_match("PUT", f"{API}/contracts/{contract['id']}/profile", {"years": years}, version)

    def details(self, contract_id, entry, today):
        if entry.get("staffing"):
            self.call("PUT", f"{API}/contracts/{contract_id}/staffing", self.by, {"requirements": entry["staffing"]})
        for kpi in entry.get("kpis", []):
            # a KPI the report does not date takes effect on the day it is set: no quarter before it is rated
            body = dict(kpi, effectiveFrom=str(today)) if kpi.get("effectiveFrom") == "LOAD_DAY" else kpi
            self.call("POST", f"{API}/contracts/{contract_id}/kpis", self.by, body, ok=(201, 409))
        for risk in entry.get("risks", []):
            self.call("POST", f"{API}/contracts/{contract_id}/risks", self.by,
                      {k: v for k, v in risk.items() if not k.startswith("_")})

    def checks(self, contract, entry):
        """Checks each proposed decision at the contract's maximum value; returns the permitted one, or
        the last refused one (kept by the service) for an award the report took at risk."""
        if contract.get("procurementCheckId"):
            return contract["procurementCheckId"]
        value = self.contract(contract["id"])["money"]["maximumValue"]
        permitted = kept = None
        for check in entry.get("checks", []):
            body = {"council": self.council, "serviceType": entry["contract"]["serviceType"],
                    "estimatedLifetimeValue": value, "vat": 0.00,
                    **{k: v for k, v in check.items() if k != "expect"}}
            _, answer = self.call("POST", f"{API}/procurement-checks", self.by, body)
            allowed = answer["proposedRoute"]["permitted"]
            if allowed != (check["expect"] == "permitted"):
                raise Finding(f"{entry['contract']['title']}: route {check['proposedRoute']} was "
                              f"{'permitted' if allowed else 'refused'}, contracts.json expects it "
                              f"{check['expect']}: {answer['proposedRoute']['reason']}")
            self.count("procurement checks " + ("permitted" if allowed else "refused as recorded"), 201)
            kept = answer["id"]
            if allowed:
                permitted = answer["id"]
        return permitted or kept

    def changes(self, contract_id, entry):
        done = self.call("GET", f"{API}/contracts/{contract_id}/changes", self.by)[1]["totalItems"]
        for change in entry.get("changes", [])[done:]:
            version = self.contract(contract_id)["version"]
            self.if_match("POST", f"{API}/contracts/{contract_id}/changes",
                          {k: v for k, v in change.items() if not k.startswith("_")}, version)
            self.count("contract changes", 201)


def one_year_profile(register, contract, value):
    """The report's sum for the one-year term, split between its financial years by days (the
    service's pro-rata counts each year by its own length, which a leap year tips over the sum)."""
    start = datetime.date.fromisoformat(contract["term"]["start"])
    end = datetime.date.fromisoformat(contract["term"]["initialEnd"])
    april = datetime.date(start.year if start.month >= 4 else start.year - 1, 4, 1)
    second = april.replace(year=april.year + 1)
    first_days = (min(end, second - datetime.timedelta(days=1)) - start).days + 1
    first = round(value * first_days / ((end - start).days + 1), 2)
    years = [{"financialYear": f"{april.year}-{str(april.year + 1)[2:]}", "amount": first}]
    if end >= second:
        years.append({"financialYear": f"{second.year}-{str(second.year + 1)[2:]}", "amount": round(value - first, 2)})
    register.if_match("PUT", f"{API}/contracts/{contract['id']}/profile", {"years": years}, contract["version"])
    return register.contract(contract["id"])


def planned_only(call, count, leeds):
    """Contracts whose providers are not registered: planned, each with its check of the report's waiver."""
    code = leeds["council"]
    register = Register(call, count, leeds["by"], code)
    for item in leeds["contracts"]:
        start = datetime.date.fromisoformat(leeds["checkDate"])
        spec = {"council": code, "title": item["title"],
                "description": "Family Valued (DfE Innovation Fund) one-year contract; award by a waiver of the "
                               "Contract Procedure Rules, Leeds City Council, 7 July 2015.",
                "serviceType": item["serviceType"], "agencyId": None,
                "term": {"start": str(start), "initialEnd": str(start.replace(year=start.year + 1) - datetime.timedelta(days=1)),
                         "extensionOptionMonths": [], "extensionDecisionBy": None, "mobilisationDays": 0},
                "annualValue": item["annualValue"], "vatBasis": "VAT_EXEMPT", "services": item["services"]}
        if register.existing(item["title"]) is not None:
            count("contracts", 200)
            continue
        _, contract = call("POST", f"{API}/contracts", leeds["by"], spec)
        count("contracts", 201)
        contract = one_year_profile(register, contract, item["annualValue"])
        _, answer = call("POST", f"{API}/procurement-checks", leeds["by"], {
            "council": code, "serviceType": item["serviceType"], "estimatedLifetimeValue": contract["money"]["maximumValue"],
            "vat": 0.00, "decisionDate": leeds["checkDate"], "proposedRoute": "CPR_WAIVER",
            "waiverReason": item["waiverReason"]})
        if not answer["proposedRoute"]["permitted"]:
            raise Finding(f"{item['title']}: the waiver of {leeds['checkDate']} was refused; contracts.json expects "
                          f"it permitted below the 2015 threshold: {answer['proposedRoute']['reason']}")
        count("procurement checks permitted", 201)
