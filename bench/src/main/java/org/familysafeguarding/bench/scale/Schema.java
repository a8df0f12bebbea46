package org.familysafeguarding.bench.scale;

import static org.familysafeguarding.bench.scale.Database.CASELOAD;
import static org.familysafeguarding.bench.scale.Database.CONTRACTS;
import static org.familysafeguarding.bench.scale.Database.PARTNERS;

/**
 * The tables the load fills, as the services' Flyway migrations define them (partners-service,
 * contracts-service and caseload-service {@code db/migration}). Columns not listed keep their default.
 * Read models (the copies other services keep of partners' and contracts' data) are written with the
 * values their events would carry; inbox, outbox and audit tables are not touched.
 */
public final class Schema {

    private Schema() {}

    // ------------------------------------------------------------------ partners-service (owner)
    public static final Table P_COUNCIL = new Table(
            PARTNERS,
            "council",
            "code, name, la_number, model_adopted_on, in_hours_phone, out_of_hours_phone, key_decision_threshold, "
                    + "officer_up_to, cabinet_member_up_to, created_at, updated_at, version");
    public static final Table P_COUNCIL_POPULATION =
            new Table(PARTNERS, "council_child_population", "council_code, year, children");
    public static final Table P_AGENCY = new Table(
            PARTNERS,
            "agency",
            "id, name, kind, charity_number, companies_house_number, ods_code, registered_by, created_at, updated_at, "
                    + "version, council_code");
    public static final Table P_AGENCY_SERVICE = new Table(PARTNERS, "agency_service_type", "agency_id, service_type");
    public static final Table P_POLICY =
            new Table(PARTNERS, "due_diligence_policy", "council_code, updated_by, updated_at, version");
    public static final Table P_POLICY_CHECK =
            new Table(PARTNERS, "due_diligence_policy_check", "council_code, check_type");
    public static final Table P_CHECK = new Table(
            PARTNERS,
            "due_diligence_check",
            "id, agency_id, council_code, type, outcome, score, evidence_reference, checked_by, checked_on, expires_on, "
                    + "recorded_at");
    public static final Table P_ACCREDITATION =
            new Table(PARTNERS, "accreditation", "id, agency_id, council_code, status, status_since, valid_until");
    public static final Table P_ACCREDITATION_CHANGE = new Table(
            PARTNERS,
            "accreditation_change",
            "id, agency_id, council_code, status, changed_on, valid_until, reason, check_types, recorded_at");
    public static final Table P_PRACTITIONER = new Table(
            PARTNERS,
            "practitioner",
            "id, agency_id, given_name, family_name, role, fte, registration_body, registration_number, mi_trained_on, "
                    + "start_date, end_date, login, updated_at, version");
    public static final Table P_TEAM =
            new Table(PARTNERS, "team", "id, council_code, name, manager_id, formed_on, updated_at, version");
    public static final Table P_TEAM_LIMIT = new Table(PARTNERS, "team_caseload_limit", "team_id, role, max_cases");
    public static final Table P_MEMBERSHIP = new Table(
            PARTNERS, "team_membership", "id, team_id, practitioner_id, agency_id, role, fte, from_date, to_date");
    public static final Table P_AGREEMENT = new Table(
            PARTNERS,
            "sharing_agreement",
            "id, council_code, purpose, start_date, end_date, review_date, status, ended_on, end_reason, signed_by, "
                    + "signed_at, version");
    public static final Table P_AGREEMENT_PARTY =
            new Table(PARTNERS, "sharing_agreement_party", "agreement_id, agency_id");
    public static final Table P_AGREEMENT_BASIS = new Table(PARTNERS, "sharing_agreement_basis", "agreement_id, basis");
    public static final Table P_AGREEMENT_CATEGORY =
            new Table(PARTNERS, "sharing_agreement_category", "agreement_id, category");

    // ------------------------------------------------------------------ contracts-service
    public static final Table K_AGENCY =
            new Table(CONTRACTS, "partner_agency", "id, name, kind, registered_at, updated_at");
    public static final Table K_COUNCIL = new Table(
            CONTRACTS,
            "council",
            "code, name, key_decision_threshold, officer_up_to, cabinet_member_up_to, as_of, updated_at");
    public static final Table K_ACCREDITATION = new Table(
            CONTRACTS,
            "agency_accreditation",
            "agency_id, council_code, accredited_on, valid_until, lapsed_on, lapse_reason, updated_at");
    public static final Table K_PRACTITIONER =
            new Table(CONTRACTS, "practitioner", "id, agency_id, role, fte, start_date, end_date, updated_at");
    public static final Table K_TEAM = new Table(CONTRACTS, "team", "id, council_code, formed_on, updated_at");
    public static final Table K_MEMBERSHIP = new Table(
            CONTRACTS, "team_membership", "id, practitioner_id, team_id, council_code, from_date, to_date, updated_at");
    public static final Table K_CONTRACT = new Table(
            CONTRACTS,
            "contract",
            "id, council_code, agency_id, service_type, title, description, state, end_reason, start_date, "
                    + "initial_end_date, extension_options, extension_decision_by, mobilisation_days, current_end_date, "
                    + "extensions_taken, extension_months_taken, varied_value, mobilisation_started_on, awarded_on, "
                    + "live_on, ended_on, annual_value, vat_basis, procurement_check_id, created_at, updated_at, version, "
                    + "awarded_at_risk");
    public static final Table K_CONTRACT_SERVICE = new Table(CONTRACTS, "contract_service", "contract_id, service");
    public static final Table K_TRANSITION = new Table(
            CONTRACTS,
            "contract_transition",
            "id, contract_id, from_state, to_state, effective_on, recorded_by, recorded_at, decision_maker, "
                    + "decision_level, decision_report_ref, procurement_check_id, agency_id, end_reason, reason");
    public static final Table K_KPI = new Table(
            CONTRACTS,
            "kpi_target",
            "id, contract_id, council_code, intervention_type, per_quarter, created_at, updated_at, version, "
                    + "effective_from, once_per_family");
    public static final Table K_RECORDED_INTERVENTION = new Table(
            CONTRACTS,
            "recorded_intervention",
            "intervention_id, council_code, agency_id, type, occurred_on, voided_at, updated_at, service, family_id");

    // ------------------------------------------------------------------ caseload-service: read models
    public static final Table C_AGENCY =
            new Table(CASELOAD, "partner_agency", "id, name, kind, registered_at, updated_at, as_of, council_code");
    public static final Table C_COUNCIL = new Table(
            CASELOAD,
            "council",
            "council_code, name, local_authority_number, model_adopted_on, as_of, updated_at, in_hours_phone, "
                    + "out_of_hours_phone");
    public static final Table C_COUNCIL_POPULATION =
            new Table(CASELOAD, "council_child_population", "council_code, year, children");
    public static final Table C_PRACTITIONER = new Table(
            CASELOAD, "practitioner", "id, agency_id, role, fte, start_date, end_date, login, as_of, updated_at");
    public static final Table C_TEAM =
            new Table(CASELOAD, "team", "id, council_code, manager_practitioner_id, formed_on, updated_at");
    public static final Table C_TEAM_LIMIT = new Table(CASELOAD, "team_caseload_limit", "team_id, role, cases");
    public static final Table C_MEMBERSHIP = new Table(
            CASELOAD, "team_membership", "team_id, practitioner_id, council_code, joined_on, left_on, updated_at");
    public static final Table C_AGREEMENT =
            new Table(CASELOAD, "sharing_agreement", "id, council_code, start_date, end_date, ended_on, updated_at");
    public static final Table C_AGREEMENT_AGENCY =
            new Table(CASELOAD, "sharing_agreement_agency", "agreement_id, agency_id");
    public static final Table C_COMMISSION = new Table(
            CASELOAD,
            "commissioned_contract",
            "contract_id, council_code, agency_id, live_on, initial_end_date, ended_on, updated_at");
    public static final Table C_COMMISSIONED_SERVICE =
            new Table(CASELOAD, "commissioned_service", "contract_id, service");

    // ------------------------------------------------------------------ caseload-service: casework
    public static final Table C_FAMILY =
            new Table(CASELOAD, "family", "id, council_code, name, created_at, updated_at, version");
    public static final Table C_CHILD = new Table(
            CASELOAD,
            "child",
            "id, family_id, council_code, given_name, family_name, date_of_birth, expected_date_of_birth, sex, "
                    + "ethnicity, upn, nhs_number, council_child_id, created_at, updated_at, version");
    public static final Table C_DISABILITY = new Table(CASELOAD, "child_disability", "child_id, code");
    public static final Table C_ADULT = new Table(
            CASELOAD,
            "adult",
            "id, family_id, council_code, given_name, family_name, date_of_birth, nhs_number, crn, created_at, "
                    + "updated_at, version");
    public static final Table C_RELATIONSHIP =
            new Table(CASELOAD, "adult_child_relationship", "adult_id, child_id, relationship");
    public static final Table C_REFERRAL = new Table(
            CASELOAD,
            "referral",
            "id, child_id, family_id, council_code, referral_date, source, primary_need, outcome, re_referral, "
                    + "created_at, updated_at, version, closure_date, closure_reason");
    public static final Table C_ASSESSMENT = new Table(
            CASELOAD,
            "assessment",
            "id, child_id, referral_id, council_code, start_date, authorisation_date, working_days, within_timescale, "
                    + "created_at, updated_at, version");
    public static final Table C_ASSESSMENT_FACTOR = new Table(CASELOAD, "assessment_factor", "assessment_id, code");
    public static final Table C_SECTION47 = new Table(
            CASELOAD,
            "section47_enquiry",
            "id, child_id, family_id, council_code, referral_id, start_date, conference_target, conference_date, "
                    + "conference_not_required, created_at, updated_at, version");
    public static final Table C_PLAN = new Table(
            CASELOAD,
            "child_plan",
            "id, child_id, family_id, council_code, kind, start_date, end_date, closure_reason, initial_category, "
                    + "latest_category, second_or_later, legal_status, created_at, updated_at, version");
    public static final Table C_LEGAL_STATUS =
            new Table(CASELOAD, "plan_legal_status", "plan_id, from_date, council_code, legal_status, created_at");
    public static final Table C_CP_REVIEW =
            new Table(CASELOAD, "cp_plan_review", "plan_id, review_date, council_code, child_id, created_at");
    public static final Table C_ALLOCATION = new Table(
            CASELOAD,
            "allocation",
            "id, council_code, family_id, adult_id, specialism, team_id, practitioner_id, agency_id, from_date, to_date, "
                    + "end_reason, replaced_by, allocated_by, created_at, updated_at, version");
    public static final Table C_INTERVENTION = new Table(
            CASELOAD,
            "intervention",
            "id, council_code, family_id, adult_id, allocation_id, practitioner_id, agency_id, type, occurred_on, "
                    + "duration_minutes, test_result, notes, notes_shared, recorded_at, voided_at, void_reason, "
                    + "updated_at, version");

    /** The casework tables of one batch of families, in the order their foreign keys need. */
    public static final Table[] CASEWORK = {
        C_FAMILY,
        C_CHILD,
        C_DISABILITY,
        C_ADULT,
        C_RELATIONSHIP,
        C_REFERRAL,
        C_ASSESSMENT,
        C_ASSESSMENT_FACTOR,
        C_SECTION47,
        C_PLAN,
        C_LEGAL_STATUS,
        C_CP_REVIEW,
        C_ALLOCATION,
        C_INTERVENTION,
        K_RECORDED_INTERVENTION
    };

    /** The partnership's tables (councils, agencies, workforce, agreements, contracts), in foreign-key order. */
    public static final Table[] PARTNERSHIP = {
        P_COUNCIL,
        P_COUNCIL_POPULATION,
        P_AGENCY,
        P_AGENCY_SERVICE,
        P_POLICY,
        P_POLICY_CHECK,
        P_CHECK,
        P_ACCREDITATION,
        P_ACCREDITATION_CHANGE,
        P_PRACTITIONER,
        P_TEAM,
        P_TEAM_LIMIT,
        P_MEMBERSHIP,
        P_AGREEMENT,
        P_AGREEMENT_PARTY,
        P_AGREEMENT_BASIS,
        P_AGREEMENT_CATEGORY,
        K_AGENCY,
        K_COUNCIL,
        K_ACCREDITATION,
        K_PRACTITIONER,
        K_TEAM,
        K_MEMBERSHIP,
        K_CONTRACT,
        K_CONTRACT_SERVICE,
        K_TRANSITION,
        K_KPI,
        C_AGENCY,
        C_COUNCIL,
        C_COUNCIL_POPULATION,
        C_PRACTITIONER,
        C_TEAM,
        C_TEAM_LIMIT,
        C_MEMBERSHIP,
        C_AGREEMENT,
        C_AGREEMENT_AGENCY,
        C_COMMISSION,
        C_COMMISSIONED_SERVICE
    };
}
