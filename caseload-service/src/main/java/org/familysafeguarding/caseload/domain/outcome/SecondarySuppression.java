package org.familysafeguarding.caseload.domain.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which flow counts of a financial year's table are held back from analysts so that no count of 1
 * to 5 can be shown or worked back: primary suppression of each small count, then secondary
 * suppression wherever a held-back count could be recovered from a total, as the DfE does ("Any number
 * between 1 and 5 inclusive has been suppressed ... Secondary suppression has been applied where
 * necessary", Children in need statistics). The sums are the year of its quarters, each quarter of its
 * months, and within a period a total of its parts (referrals = re-referrals + first referrals, and
 * so on). In each sum either nothing is held back, or at least two cells are and the cells held back
 * together are not themselves 1 to 5; the next cell held back is the smallest shown part that is not
 * 0, else the total. Repeated until nothing changes, the same table gives every whole period the
 * same answer, so comparing any two of them gives nothing away.
 */
public final class SecondarySuppression {

    record Cell(Period period, String flow) {}

    private SecondarySuppression() {}

    /**
     * @param table every whole period of one financial year (the year, its quarters, its months) with its flow counts
     * @return the flows held back, by period
     */
    public static Map<Period, Set<String>> of(Period financialYear, Map<Period, Map<String, Long>> table) {
        return suppress(financialYear, table);
    }

    /** The flows held back of one period on its own: the sums within it only. */
    public static Set<String> withinOnePeriod(Period period, Map<String, Long> flows) {
        return suppress(null, Map.of(period, flows)).get(period);
    }

    private static Map<Period, Set<String>> suppress(Period financialYear, Map<Period, Map<String, Long>> table) {
        Map<Cell, Long> values = new HashMap<>();
        Set<String> flows = new TreeSet<>();
        table.values().forEach(f -> flows.addAll(f.keySet()));
        table.forEach(
                (period, f) -> flows.forEach(flow -> values.put(new Cell(period, flow), f.getOrDefault(flow, 0L))));
        List<List<Cell>> sums = sums(financialYear, flows, table.keySet());
        Set<Cell> held = new HashSet<>();
        values.forEach((cell, n) -> {
            if (Figure.small(Math.abs(n))) {
                held.add(cell);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> sum : sums) {
                changed |= protect(sum, values, held);
            }
        }
        Map<Period, Set<String>> result = new HashMap<>();
        table.keySet().forEach(p -> result.put(p, new HashSet<>()));
        held.forEach(cell -> result.get(cell.period()).add(cell.flow()));
        return result;
    }

    /** @return whether a cell was held back */
    private static boolean protect(List<Cell> sum, Map<Cell, Long> values, Set<Cell> held) {
        Cell total = sum.getFirst();
        List<Cell> parts = sum.subList(1, sum.size());
        long heldCount = sum.stream().filter(held::contains).count();
        if (heldCount == 0) {
            return false;
        }
        boolean needMore;
        if (held.contains(total)) {
            // the total is the sum of the parts shown: one part at least must be held back with it
            needMore = parts.stream().noneMatch(held::contains);
        } else {
            long heldTogether =
                    parts.stream().filter(held::contains).mapToLong(values::get).sum();
            needMore = heldCount == 1 || Figure.small(Math.abs(heldTogether));
        }
        if (!needMore) {
            return false;
        }
        Cell next = parts.stream()
                .filter(c -> !held.contains(c) && values.get(c) != 0)
                .min((a, b) -> Long.compare(values.get(a), values.get(b)))
                .orElse(held.contains(total) ? null : total);
        return next != null && held.add(next);
    }

    private static List<List<Cell>> sums(Period year, Set<String> flows, Set<Period> periods) {
        var sums = new ArrayList<List<Cell>>();
        for (String flow : year == null ? Set.<String>of() : flows) {
            var quarters = WholePeriods.quartersOf(year);
            sums.add(cells(year, quarters, flow));
            for (Period quarter : quarters) {
                sums.add(cells(quarter, WholePeriods.monthsOf(quarter), flow));
            }
        }
        for (Period period : periods) {
            for (List<String> within : OutcomeCounts.Flow.WITHIN_A_PERIOD) {
                sums.add(within.stream().map(flow -> new Cell(period, flow)).toList());
            }
        }
        return sums;
    }

    private static List<Cell> cells(Period total, List<Period> parts, String flow) {
        var cells = new ArrayList<Cell>();
        cells.add(new Cell(total, flow));
        parts.forEach(p -> cells.add(new Cell(p, flow)));
        return cells;
    }
}
