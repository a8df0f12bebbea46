package org.familysafeguarding.caseload.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.familysafeguarding.caseload.domain.census.CinCensusReturn;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.ChildReturn;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.Episode;
import org.familysafeguarding.caseload.domain.census.CollectionYear;
import org.familysafeguarding.caseload.domain.family.Child;
import org.xml.sax.SAXException;

/**
 * Writes a CIN census return as the DfE's XML (elements in the order of CIN_schema_2026.xsd, with
 * the JDK's StAX writer) and checks it against that schema before it leaves the service, so a file
 * that breaks the schema is never handed out. Schema-valid is not COLLECT-valid: the DfE's rules run
 * on the return separately ({@code CinCensusRules}) and answer errors and queries per child.
 */
final class CinCensusXml {

    static final String SCHEMA = "cin-census/schema/CIN_schema_2026.xsd";
    private static final Schema COMPILED = compile();

    private CinCensusXml() {}

    record Source(String laNumber, String softwareCode, String release, OffsetDateTime madeAt) {}

    static byte[] write(CollectionYear year, Source source, List<ChildReturn> children) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Message");
            header(xml, year, source);
            xml.writeStartElement("Children");
            for (ChildReturn child : children) {
                child(xml, child);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the CIN census XML", e);
        }
        byte[] document = out.toByteArray();
        validate(document);
        return document;
    }

    /** @throws IllegalStateException when the document breaks the schema: a fault here, not the caller's */
    static void validate(byte[] document) {
        try {
            COMPILED.newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The CIN census XML does not meet " + SCHEMA + ": " + e.getMessage(), e);
        }
    }

    private static void header(XMLStreamWriter xml, CollectionYear year, Source source) throws XMLStreamException {
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        element(xml, "Collection", "CIN");
        element(xml, "Year", String.valueOf(year.year()));
        element(xml, "ReferenceDate", year.censusDate());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        element(xml, "SourceLevel", "L");
        element(xml, "LEA", source.laNumber());
        element(xml, "SoftwareCode", source.softwareCode());
        element(xml, "Release", source.release());
        element(xml, "SerialNo", "001");
        element(
                xml,
                "DateTime",
                source.madeAt()
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void child(XMLStreamWriter xml, ChildReturn entry) throws XMLStreamException {
        Child child = entry.child();
        xml.writeStartElement("Child");
        xml.writeStartElement("ChildIdentifiers");
        element(xml, "LAchildID", child.councilChildId());
        element(xml, "UPN", child.upn());
        element(xml, "UPNunknown", entry.upnUnknownReason());
        element(xml, "PersonBirthDate", child.dateOfBirth());
        element(xml, "ExpectedPersonBirthDate", child.expectedDateOfBirth());
        element(xml, "Sex", child.sex());
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        element(xml, "Ethnicity", child.ethnicity());
        if (!child.disabilities().isEmpty()) {
            xml.writeStartElement("Disabilities");
            for (String code : child.disabilities()) {
                element(xml, "Disability", code);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (Episode episode : entry.episodes()) {
            episode(xml, episode);
        }
        xml.writeEndElement();
    }

    private static void episode(XMLStreamWriter xml, Episode episode) throws XMLStreamException {
        xml.writeStartElement("CINdetails");
        element(xml, "CINreferralDate", episode.referralDate());
        element(xml, "ReferralSource", episode.referralSource());
        element(xml, "PrimaryNeedCode", episode.primaryNeed());
        element(xml, "CINclosureDate", episode.closureDate());
        element(xml, "ReasonForClosure", episode.reasonForClosure());
        element(xml, "DateOfInitialCPC", episode.initialConference());
        for (CinCensusReturn.AssessmentLine assessment : episode.assessments()) {
            xml.writeStartElement("Assessments");
            element(xml, "AssessmentActualStartDate", assessment.startDate());
            element(xml, "AssessmentAuthorisationDate", assessment.authorisationDate());
            if (!assessment.factors().isEmpty()) {
                xml.writeStartElement("FactorsIdentifiedAtAssessment");
                for (String factor : assessment.factors().stream().sorted().toList()) {
                    element(xml, "AssessmentFactors", factor);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (CinCensusReturn.CinPlanLine plan : episode.cinPlans()) {
            xml.writeStartElement("CINPlanDates");
            element(xml, "CINPlanStartDate", plan.startDate());
            element(xml, "CINPlanEndDate", plan.endDate());
            xml.writeEndElement();
        }
        for (CinCensusReturn.Section47Line enquiry : episode.section47s()) {
            xml.writeStartElement("Section47");
            element(xml, "S47ActualStartDate", enquiry.startDate());
            element(xml, "InitialCPCtarget", enquiry.conferenceTarget());
            element(xml, "DateOfInitialCPC", enquiry.conferenceDate());
            element(xml, "ICPCnotRequired", enquiry.conferenceNotRequired() ? "1" : "0");
            xml.writeEndElement();
        }
        element(xml, "ReferralNFA", episode.noFurtherAction() ? "1" : "0");
        for (CinCensusReturn.CpPlanLine plan : episode.cpPlans()) {
            xml.writeStartElement("ChildProtectionPlans");
            element(xml, "CPPstartDate", plan.startDate());
            element(xml, "CPPendDate", plan.endDate());
            element(xml, "InitialCategoryOfAbuse", plan.initialCategory());
            element(xml, "LatestCategoryOfAbuse", plan.latestCategory());
            element(xml, "NumberOfPreviousCPP", String.valueOf(plan.previousPlans()));
            if (!plan.reviews().isEmpty()) {
                xml.writeStartElement("Reviews");
                for (LocalDate review : plan.reviews()) {
                    element(xml, "CPPreviewDate", review);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Writes the element only when there is a value: the schema's optional elements are left out, never empty. */
    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value instanceof LocalDate date ? date.toString() : value.toString());
        xml.writeEndElement();
    }

    private static Schema compile() {
        try (InputStream in = CinCensusXml.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema is self-contained: nothing outside it may be fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, SCHEMA));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot read " + SCHEMA, e);
        }
    }
}
