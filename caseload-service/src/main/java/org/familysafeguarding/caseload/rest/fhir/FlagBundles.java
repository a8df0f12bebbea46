package org.familysafeguarding.caseload.rest.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.nhs.FlagKind;
import org.familysafeguarding.caseload.service.NhsFlagLookup.Disclosure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;

/**
 * The answer to a flag search: a searchset Bundle of UK Core Flags, one per current plan, each naming
 * the child only by the NHS number asked about and carrying the council to call (a contained
 * Organization with its in-hours and out-of-hours numbers). Minimum necessary, as CP-IS: no names,
 * no addresses, no category of abuse, no notes.
 */
final class FlagBundles {

    static final String BUNDLE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle";
    static final String FLAG_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Flag";
    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String GSS_CODE = "https://statistics.data.gov.uk/id/statistical-geography";
    static final String FLAG_CODES = "https://fhir.familysafeguarding.org/CodeSystem/safeguarding-flag";
    static final String SNOMED = "http://snomed.info/sct";

    private FlagBundles() {}

    static Bundle searchset(List<Disclosure> disclosures, String base, String self, Instant now) {
        var bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().addProfile(BUNDLE_PROFILE).setLastUpdated(Date.from(now));
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(Date.from(now));
        bundle.setTotal(disclosures.size());
        bundle.addLink().setRelation("self").setUrl(self);
        for (Disclosure disclosure : disclosures) {
            Flag flag = flag(disclosure);
            bundle.addEntry()
                    .setFullUrl(base + "/Flag/" + flag.getIdElement().getIdPart())
                    .setResource(flag)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static Flag flag(Disclosure disclosure) {
        var found = disclosure.flag();
        var flag = new Flag();
        flag.setId(found.planId().toString());
        flag.getMeta().addProfile(FLAG_PROFILE);
        String what = describe(found.kind());
        String council = disclosure.councilName() == null ? "the council" : disclosure.councilName();
        String call = "Contact " + council + " children's social care before sharing information: in hours "
                + orUnknown(disclosure.inHoursPhone()) + ", out of hours " + orUnknown(disclosure.outOfHoursPhone())
                + ".";
        flag.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED));
        flag.getText()
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(what) + " since "
                        + found.since() + ".</p><p>" + escape(call) + "</p></div>");
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        var category = new CodeableConcept();
        category.addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/flag-category")
                .setCode("safety")
                .setDisplay("Safety");
        flag.addCategory(category);
        flag.setCode(code(found.kind()).setText(what + " - " + call));
        flag.setSubject(new Reference()
                .setIdentifier(new Identifier().setSystem(NHS_NUMBER).setValue(found.nhsNumber())));
        flag.getPeriod().setStartElement(new DateTimeType(found.since().toString()));
        flag.addContained(council(disclosure));
        flag.setAuthor(new Reference("#council"));
        return flag;
    }

    private static Organization council(Disclosure disclosure) {
        var organization = new Organization();
        organization.setId("council");
        organization
                .addIdentifier()
                .setSystem(GSS_CODE)
                .setValue(disclosure.flag().councilCode());
        organization.setName(
                disclosure.councilName() == null ? disclosure.flag().councilCode() : disclosure.councilName());
        contact(organization, "In hours: children's social care front door", disclosure.inHoursPhone());
        contact(organization, "Out of hours: emergency duty team", disclosure.outOfHoursPhone());
        return organization;
    }

    private static void contact(Organization organization, String purpose, String phone) {
        if (phone == null) {
            return;
        }
        organization
                .addContact()
                .setPurpose(new CodeableConcept().setText(purpose))
                .addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(phone)
                .setUse(ContactPoint.ContactPointUse.WORK);
    }

    private static CodeableConcept code(FlagKind kind) {
        var code = new CodeableConcept();
        if (kind == FlagKind.CHILD_PROTECTION_PLAN) {
            code.addCoding().setSystem(SNOMED).setCode("1064311000000109").setDisplay("Child protection plan");
        }
        code.addCoding()
                .setSystem(FLAG_CODES)
                .setCode(
                        switch (kind) {
                            case CHILD_PROTECTION_PLAN -> "child-protection-plan";
                            case LOOKED_AFTER -> "looked-after";
                            case UNBORN_CHILD_PROTECTION_PLAN -> "unborn-child-protection-plan";
                        })
                .setDisplay(describe(kind));
        return code;
    }

    static String describe(FlagKind kind) {
        return switch (kind) {
            case CHILD_PROTECTION_PLAN -> "Child is subject to a child protection plan";
            case LOOKED_AFTER -> "Child is looked after by the local authority";
            case UNBORN_CHILD_PROTECTION_PLAN -> "Unborn child is subject to a child protection plan";
        };
    }

    private static String orUnknown(String phone) {
        return phone == null ? "(number not yet known: call the council's main number)" : phone;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
