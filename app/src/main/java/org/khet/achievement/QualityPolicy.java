package org.khet.achievement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A way of putting schools into quality colour groups (นโยบายการจัดกลุ่มสีคุณภาพ), as stored: its groups from best to
 * worst, the rule and the rule's parameters, and the academic years it applies to.
 */
record QualityPolicy(
        long id,
        String code,
        String nameTh,
        String nameEn,
        Rule rule,
        List<Group> groups,
        Params params,
        int firstYear,
        Integer lastYear,
        int version) {

    /** How a policy decides a school's group. */
    enum Rule {
        /** By position in the area's ranking (rank ÷ N × 100), with an optional minimum mean per cut. */
        RANK_PERCENTILE,
        /** Top and bottom tails by position; the middle split at a reference mean (national, OBEC…). */
        REFERENCE_TAILS,
        /** Fixed cut-offs on the mean. */
        MEAN_BANDS,
        /** Bands of the share of students above the reference's lower limit, mean − z·SD/√N (ONESQA). */
        LOWER_LIMIT_SHARE
    }

    /** One colour group. */
    record Group(String code, String nameTh, String nameEn, String colour) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameTh;
        }
    }

    /** A cut of a ranking rule: schools at or above this position (and mean, when given) fall in the group. */
    record Cut(String group, BigDecimal maxPercentile, BigDecimal minMean) {}

    /** A band: a school whose measure is at least {@code min} falls in the group. */
    record Band(String group, BigDecimal min) {}

    /** The parameters every rule draws from; each rule reads only its own. */
    record Params(
            Integer decimals,
            List<Cut> cuts,
            List<Band> bands,
            BigDecimal topPercent,
            BigDecimal bottomPercent,
            String reference,
            BigDecimal z) {

        public int scale() {
            return decimals == null ? 2 : decimals;
        }

        public String referenceScope() {
            return reference == null ? "NATIONAL" : reference;
        }
    }

    public boolean appliesTo(int year) {
        return firstYear <= year && (lastYear == null || year <= lastYear);
    }

    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The position of a group from the best (0); groups not in the policy sort last. */
    public int ordinal(String code) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).code().equals(code)) {
                return i;
            }
        }
        return groups.size();
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameTh;
    }

    /** Whether the rule needs a reference population's mean (and SD and examinees). */
    public boolean needsReference() {
        return rule == Rule.REFERENCE_TAILS || rule == Rule.LOWER_LIMIT_SHARE;
    }
}
