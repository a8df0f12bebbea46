package org.familysafeguarding.caseload.rest.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * Validates FHIR R4 resources against the UK Core profiles copied under {@code fhir/uk-core/} (see
 * its README), offline: the profiles, value sets and code systems are loaded once, beside the base
 * R4 definitions. The first validation builds snapshots and caches and takes seconds, so it is done
 * at start-up rather than on the first NHS request.
 */
@ApplicationScoped
public class UkCoreValidator {

    private static final Logger LOG = Logger.getLogger(UkCoreValidator.class);
    static final String BASE = "fhir/uk-core/";
    private static final List<String> RESOURCES = List.of(
            "structuredefinitions/UKCore-Flag.xml", "structuredefinitions/UKCore-Bundle.xml",
            "structuredefinitions/UKCore-OperationOutcome.xml", "structuredefinitions/UKCore-ServiceRequest.xml",
            "structuredefinitions/UKCore-Patient.xml", "structuredefinitions/UKCore-Organization.xml");

    private final FhirContext context;
    private final FhirValidator validator;

    public UkCoreValidator(FhirContext context) {
        this.context = context;
        this.validator = build(context);
    }

    private static FhirValidator build(FhirContext context) {
        IParser xml = context.newXmlParser();
        var ukCore = new PrePopulatedValidationSupport(context);
        for (String name : UkCoreIndex.read()) {
            IBaseResource definition = xml.parseResource(load(BASE + name));
            ukCore.addResource(definition);
        }
        var chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                ukCore,
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        var instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(true);
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(instanceValidator);
        return validator;
    }

    private static InputStream load(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing on the classpath: " + path));
        }
        return in;
    }

    public ValidationResult validate(IBaseResource resource) {
        return validator.validateWithResult(resource);
    }

    /** Validation of a resource as received, so line and column numbers point into what the sender sent. */
    public ValidationResult validate(String json) {
        return validator.validateWithResult(json);
    }

    void warm(@Observes StartupEvent started) {
        long start = System.nanoTime();
        for (String example : List.of("warm-up/flag.json", "warm-up/servicerequest.json")) {
            try (InputStream in = load(BASE + example)) {
                validate(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LOG.infof("UK Core validator ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    FhirContext context() {
        return context;
    }

    static List<String> profiles() {
        return RESOURCES;
    }
}
