package org.familysafeguarding.contracts.domain.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The procurement reference data of {@code src/main/resources/procurement/} (copied from
 * shared/standards/uk-procurement), read once. Every number and date the rules use comes from here.
 */
public final class ProcurementReferenceData {

    /**
     * A notice, and the thresholds.csv contract type whose value it needs to be reached, if any;
     * whether the council may leave it out (a voluntary notice), and when it is due where the law says.
     */
    public record NoticeRule(String code, String onlyFromContractType, boolean voluntary, String due) {}

    /** One row of route-notices.csv: the first row that matches a decision applies. */
    public record RouteNotices(
            String regime,
            String route,
            String ground,
            String lightTouch,
            String thresholdReached,
            List<NoticeRule> notices,
            String standstill,
            String source) {

        boolean matches(
                ProcurementRegime regime,
                ProcurementRoute route,
                DirectAwardGround ground,
                boolean lightTouch,
                boolean reached) {
            return this.regime.equals(regime.name())
                    && (this.route.equals("*") || this.route.equals(route.name()))
                    && (this.ground.equals("*") || ground != null && this.ground.equals(ground.name()))
                    && (this.lightTouch.equals("*") || Boolean.parseBoolean(this.lightTouch) == lightTouch)
                    && (thresholdReached.equals("*") || Boolean.parseBoolean(thresholdReached) == reached);
        }
    }

    /** A notice's name for the notices published between two dates (OJEU/TED before 2021, Find a Tender after). */
    private record NoticeName(String code, String name, LocalDate from, LocalDate to) {

        boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private static final Pattern NOTICE = Pattern.compile("([A-Z0-9_]+)(?:@([a-z_]+))?(\\?)?(?:\\[([^\\]]*)])?");

    private static final Pattern IN_FORCE = Pattern.compile("in force (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern BOTH_LIMBS = Pattern.compile("(\\d+)\\s+AND\\s+(\\d+)%");

    private final List<Threshold> thresholds;
    private final List<RouteNotices> routeNotices;
    private final List<NoticeName> noticeNames;
    private final LocalDate procurementActInForce;
    private final LocalDate psrInForce;
    private final String psrStandstill;
    private final Map<String, List<String>> psrConditions;
    private final BigDecimal psrConsiderableChangeAmount;
    private final BigDecimal psrConsiderableChangePercent;
    private final BigDecimal psrModificationNoticeAmount;
    private final BigDecimal changeNoticeValuePercent;
    private final BigDecimal changeNoticeTermPercent;

    private ProcurementReferenceData(Function<String, InputStream> files) {
        ObjectMapper json = new ObjectMapper();
        this.thresholds = csv(files, "thresholds.csv").stream()
                .map(ProcurementReferenceData::threshold)
                .toList();
        this.routeNotices = csv(files, "route-notices.csv").stream()
                .map(ProcurementReferenceData::routeNotices)
                .toList();
        this.noticeNames = new ArrayList<>();
        csv(files, "notice-names.csv")
                .forEach(row -> noticeNames.add(new NoticeName(
                        row.get("code"),
                        row.get("name"),
                        date(row.get("effective_from")),
                        date(row.get("effective_to")))));
        JsonNode ukNotices = readJson(json, files, "uk-notice-types.json");
        ukNotices
                .get("notices")
                .forEach(n -> noticeNames.add(
                        new NoticeName(n.get("code").asText(), n.get("name").asText(), null, null)));
        this.procurementActInForce = thresholds.stream()
                .filter(t -> t.regime().equals(ProcurementRegime.PA2023.name()))
                .map(Threshold::effectiveFrom)
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("thresholds.csv has no Procurement Act row"));

        JsonNode psr = readJson(json, files, "psr-routes.json");
        Matcher inForce = IN_FORCE.matcher(psr.get("instrument").asText());
        if (!inForce.find()) {
            throw new IllegalStateException("psr-routes.json does not say when the PSR came into force");
        }
        this.psrInForce = LocalDate.parse(inForce.group(1));
        this.psrStandstill = psr.get("standstill").asText();
        this.psrConditions = new HashMap<>();
        psr.get("routes").forEach(route -> {
            List<String> conditions = new ArrayList<>();
            route.get("conditions").forEach(c -> conditions.add(c.asText()));
            psrConditions.put(route.get("code").asText(), List.copyOf(conditions));
        });

        List<Map<String, String>> triggers = csv(files, "value-triggers.csv");
        Map<String, String> considerable = trigger(triggers, "PSR considerable change threshold");
        Matcher limbs = BOTH_LIMBS.matcher(considerable.get("value_gbp_or_pct"));
        if (!limbs.find()) {
            throw new IllegalStateException("PSR considerable change threshold is not '<amount> AND <percent>%'");
        }
        this.psrConsiderableChangeAmount = new BigDecimal(limbs.group(1));
        this.psrConsiderableChangePercent = new BigDecimal(limbs.group(2));
        this.psrModificationNoticeAmount = new BigDecimal(
                trigger(triggers, "PSR modification transparency").get("value_gbp_or_pct"));
        String changeNotice =
                trigger(triggers, "PA2023 s75 contract change notice (UK10)").get("value_gbp_or_pct");
        this.changeNoticeValuePercent = percent(changeNotice, "goods/services");
        this.changeNoticeTermPercent = percent(changeNotice, "of max term");
    }

    private static Map<String, String> trigger(List<Map<String, String>> triggers, String rule) {
        return triggers.stream()
                .filter(row -> row.get("rule").equals(rule))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("value-triggers.csv lacks the rule " + rule));
    }

    private static BigDecimal percent(String written, String of) {
        Matcher m = Pattern.compile("(\\d+)% " + Pattern.quote(of)).matcher(written);
        if (!m.find()) {
            throw new IllegalStateException("no percentage '" + of + "' in '" + written + "'");
        }
        return new BigDecimal(m.group(1));
    }

    /** Reads the files under {@code procurement/} on the class path. */
    public static ProcurementReferenceData fromClasspath() {
        ClassLoader loader = ProcurementReferenceData.class.getClassLoader();
        return new ProcurementReferenceData(name -> loader.getResourceAsStream("procurement/" + name));
    }

    /** The threshold row in force on a date for one of the given contract types, councils being sub-central authorities. */
    public Optional<Threshold> threshold(LocalDate date, List<String> contractTypes) {
        return thresholds.stream()
                .filter(t -> contractTypes.contains(t.contractType()) && t.inForceOn(date))
                .filter(t -> !t.authorityScope().equals("central_government"))
                .findFirst();
    }

    public List<Threshold> thresholds() {
        return thresholds;
    }

    public Optional<RouteNotices> routeNotices(
            ProcurementRegime regime,
            ProcurementRoute route,
            DirectAwardGround ground,
            boolean lightTouch,
            boolean reached) {
        return routeNotices.stream()
                .filter(r -> r.matches(regime, route, ground, lightTouch, reached))
                .findFirst();
    }

    /** The notice's name as it was published on the date. */
    public String noticeName(String code, LocalDate on) {
        return noticeNames.stream()
                .filter(n -> n.code().equals(code) && n.inForceOn(on))
                .map(NoticeName::name)
                .findFirst()
                .orElse(code);
    }

    /** The notice's name as it is published today. */
    public String noticeName(String code) {
        return noticeName(code, LocalDate.now());
    }

    /**
     * The day the Procurement Act 2023 came into force (its first thresholds.csv row). A procurement
     * commenced before it stays under PCR 2015 (the Procurement Act 2023 (Commencement No. 3 and
     * Transitional and Saving Provisions) Regulations 2024), and so do later changes of its contract.
     */
    public LocalDate procurementActInForce() {
        return procurementActInForce;
    }

    public LocalDate psrInForce() {
        return psrInForce;
    }

    public String psrStandstill() {
        return psrStandstill;
    }

    public List<String> psrConditions(String code) {
        return psrConditions.getOrDefault(code, List.of());
    }

    public BigDecimal psrConsiderableChangeAmount() {
        return psrConsiderableChangeAmount;
    }

    public BigDecimal psrConsiderableChangePercent() {
        return psrConsiderableChangePercent;
    }

    /** PSR: a permitted modification of at least this value needs a transparency notice. */
    public BigDecimal psrModificationNoticeAmount() {
        return psrModificationNoticeAmount;
    }

    /** Procurement Act s75: a change of more than this percentage of the value needs a change notice. */
    public BigDecimal changeNoticeValuePercent() {
        return changeNoticeValuePercent;
    }

    /** Procurement Act s75: a change of more than this percentage of the maximum term needs a change notice. */
    public BigDecimal changeNoticeTermPercent() {
        return changeNoticeTermPercent;
    }

    private static Threshold threshold(Map<String, String> row) {
        String to = row.get("effective_to");
        return new Threshold(
                row.get("regime"),
                LocalDate.parse(row.get("effective_from")),
                to.isBlank() ? null : LocalDate.parse(to),
                row.get("contract_type"),
                row.get("authority_scope"),
                new BigDecimal(row.get("threshold_gbp")),
                row.get("value_basis").equals("incl_VAT"),
                row.get("instrument_or_note"));
    }

    private static RouteNotices routeNotices(Map<String, String> row) {
        List<NoticeRule> notices = Arrays.stream(row.get("notices").split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    Matcher m = NOTICE.matcher(s);
                    if (!m.matches()) {
                        throw new IllegalStateException("route-notices.csv: cannot read the notice '" + s + "'");
                    }
                    return new NoticeRule(m.group(1), m.group(2), m.group(3) != null, m.group(4));
                })
                .toList();
        return new RouteNotices(
                row.get("regime"),
                row.get("route"),
                row.get("ground"),
                row.get("light_touch"),
                row.get("threshold_reached"),
                notices,
                row.get("standstill"),
                row.get("source"));
    }

    private static LocalDate date(String written) {
        return written == null || written.isBlank() ? null : LocalDate.parse(written);
    }

    /** The files hold no quoted fields (checked when they were copied), so a plain split is enough. */
    private static List<Map<String, String>> csv(Function<String, InputStream> files, String name) {
        String[] lines = read(files, name).split("\\R");
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalStateException(
                        name + " line " + (i + 1) + " has " + cells.length + " cells, not " + header.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].strip(), cells[c].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    private static JsonNode readJson(ObjectMapper json, Function<String, InputStream> files, String name) {
        try {
            return json.readTree(read(files, name));
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not readable JSON", e);
        }
    }

    private static String read(Function<String, InputStream> files, String name) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("procurement reference file missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
