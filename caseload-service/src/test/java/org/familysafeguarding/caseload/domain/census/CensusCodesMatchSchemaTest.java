package org.familysafeguarding.caseload.domain.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.familysafeguarding.caseload.domain.code.CinCodeList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every code the service accepts is one the 2026 census schema accepts, so no child recorded here
 * can make the return invalid.
 */
class CensusCodesMatchSchemaTest {

    static Set<String> enumeration(String simpleType) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xsd;
        try (InputStream in = CensusCodesMatchSchemaTest.class
                .getClassLoader()
                .getResourceAsStream("cin-census/schema/CIN_schema_2026.xsd")) {
            xsd = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = xsd.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
        var codes = new HashSet<String>();
        for (int i = 0; i < types.getLength(); i++) {
            var type = (Element) types.item(i);
            if (simpleType.equals(type.getAttribute("name"))) {
                NodeList values = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                for (int j = 0; j < values.getLength(); j++) {
                    codes.add(((Element) values.item(j)).getAttribute("value"));
                }
            }
        }
        return codes;
    }

    static CinCodeList list(String name) {
        return switch (name) {
            case "sex" -> CinCodeList.SEX;
            case "ethnicity" -> CinCodeList.ETHNICITY;
            case "disability" -> CinCodeList.DISABILITY;
            case "referral-source" -> CinCodeList.REFERRAL_SOURCE;
            case "primary-need" -> CinCodeList.PRIMARY_NEED;
            case "assessment-factor" -> CinCodeList.ASSESSMENT_FACTOR;
            case "category-of-abuse" -> CinCodeList.CATEGORY_OF_ABUSE;
            case "reason-for-closure" -> CinCodeList.REASON_FOR_CLOSURE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @CsvSource({
        "sex, sextype",
        "ethnicity, ethnicitytype",
        "disability, disabilitytype",
        "referral-source, referralsourcetype",
        "primary-need, primaryneedcodetype",
        "assessment-factor, assessmentfactorstype",
        "category-of-abuse, categoryofabusetype",
        "reason-for-closure, reasonforclosuretype"
    })
    void each_accepted_code_is_in_the_schema(String list, String simpleType) throws Exception {
        Set<String> schema = enumeration(simpleType);
        assertThat(schema).isNotEmpty();
        assertThat(schema).containsAll(list(list).codes());
    }
}
