package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.registry.Area;

/**
 * An area's pairings of an academic year with their budgets under the rule in force on the year's first day (null:
 * none), and the area's open schools with their pupils, from which the small ones are the candidates; {@code
 * manages}: whether the reader drafts and arranges them (else a school director reading their school's, with no
 * schools to draft from).
 */
public record PairingYear(
        Area area,
        int academicYear,
        PairingRules.Rule rule,
        List<Entry> pairings,
        List<Pairings.Candidate> schools,
        Map<Long, Map<String, Integer>> enrolment,
        boolean manages) {

    public record Entry(Pairing pairing, PairingBudget budget, PairingStaffing staffing) {}

    /** Small schools (pupils at or under the rule's figure) not yet in a pairing, grouped by network. */
    public Map<String, List<Pairings.Candidate>> candidatesByNetwork() {
        Map<String, List<Pairings.Candidate>> byNetwork = new LinkedHashMap<>();
        schools.stream().filter(s -> s.pairingId() == null && small(s)).forEach(s -> byNetwork
                .computeIfAbsent(s.networkName(), n -> new java.util.ArrayList<>())
                .add(s));
        return byNetwork;
    }

    public boolean small(Pairings.Candidate s) {
        return rule != null && s.students() > 0 && s.students() <= rule.smallSchoolPupils();
    }

    /** Schools that may host: open and not yet in a pairing. */
    public List<Pairings.Candidate> hosts() {
        return schools.stream().filter(s -> s.pairingId() == null).toList();
    }

    /** The year's budget of every pairing, approved or not. */
    public BigDecimal total() {
        return pairings.stream()
                .map(e -> e.budget().total())
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Entry entry(long pairingId) {
        return pairings.stream()
                .filter(e -> e.pairing().id() == pairingId)
                .findFirst()
                .orElseThrow(() -> new org.khet.shared.NotFoundException("pairing"));
    }
}
