package org.khet.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;

/**
 * The grouping engine: ranks the entries that have results (equal means, taken at the policy's decimals, share the
 * best rank and the next rank skips: 1, 2, 2, 4), computes each one's position rank ÷ N × 100 and applies the
 * policy's rule. Entries without results are "no data": never ranked, never grouped. It knows nothing of schools,
 * so it groups area offices among area offices the same way.
 */
final class QualityGrouping {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What is grouped: a key, its examinees and mean, and, for the lower-limit rule, its share above the limit. */
    record Entry(String key, Integer examinees, BigDecimal mean, BigDecimal shareAboveLimit) {}

    /** Where an entry landed; rank, percentile and group are null for "no data". */
    record Placement(
            String key,
            Integer examinees,
            BigDecimal mean,
            Integer rank,
            BigDecimal percentile,
            BigDecimal shareAboveLimit,
            String group) {

        boolean hasData() {
            return group != null;
        }
    }

    private QualityGrouping() {}

    /**
     * Places every entry under the policy. {@code referenceMean} is the reference population's mean the
     * REFERENCE_TAILS rule splits at; other rules ignore it.
     */
    static List<Placement> place(QualityPolicy policy, List<Entry> entries, BigDecimal referenceMean) {
        int scale = policy.params().scale();
        List<Entry> ranked = new ArrayList<>();
        List<Placement> placements = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            boolean measured = e.mean() != null
                    && (e.examinees() == null || e.examinees() > 0)
                    && (policy.rule() != QualityPolicy.Rule.LOWER_LIMIT_SHARE || e.shareAboveLimit() != null);
            if (measured) {
                ranked.add(new Entry(
                        e.key(), e.examinees(), e.mean().setScale(scale, RoundingMode.HALF_UP), e.shareAboveLimit()));
            } else {
                placements.add(new Placement(e.key(), e.examinees(), e.mean(), null, null, e.shareAboveLimit(), null));
            }
        }
        ranked.sort(Comparator.comparing(Entry::mean).reversed().thenComparing(Entry::key));
        BigDecimal n = BigDecimal.valueOf(ranked.size());
        List<Placement> result = new ArrayList<>(entries.size());
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            if (i == 0 || e.mean().compareTo(ranked.get(i - 1).mean()) != 0) {
                rank = i + 1;
            }
            BigDecimal percentile = BigDecimal.valueOf(rank).multiply(HUNDRED).divide(n, 2, RoundingMode.HALF_UP);
            result.add(new Placement(
                    e.key(),
                    e.examinees(),
                    e.mean(),
                    rank,
                    percentile,
                    e.shareAboveLimit(),
                    group(policy, e, percentile, referenceMean)));
        }
        result.addAll(placements);
        return result;
    }

    private static String group(QualityPolicy policy, Entry e, BigDecimal percentile, BigDecimal referenceMean) {
        QualityPolicy.Params p = policy.params();
        List<QualityPolicy.Group> groups = policy.groups();
        switch (policy.rule()) {
            case RANK_PERCENTILE:
                for (QualityPolicy.Cut cut : p.cuts()) {
                    boolean position = percentile.compareTo(cut.maxPercentile()) <= 0;
                    boolean mean = cut.minMean() == null || e.mean().compareTo(cut.minMean()) >= 0;
                    if (position && mean) {
                        return cut.group();
                    }
                }
                return groups.get(groups.size() - 1).code();
            case REFERENCE_TAILS:
                if (percentile.compareTo(p.topPercent()) <= 0) {
                    return groups.get(0).code();
                }
                if (percentile.compareTo(HUNDRED.subtract(p.bottomPercent())) > 0) {
                    return groups.get(3).code();
                }
                if (referenceMean == null) {
                    throw RejectedException.of(
                            "reference",
                            Texts.of("achievement.grouping.noReference", String.valueOf(p.referenceScope())));
                }
                return e.mean().compareTo(referenceMean.setScale(p.scale(), RoundingMode.HALF_UP)) >= 0
                        ? groups.get(1).code()
                        : groups.get(2).code();
            case MEAN_BANDS:
                return band(p.bands(), e.mean(), groups);
            case LOWER_LIMIT_SHARE:
                return band(p.bands(), e.shareAboveLimit(), groups);
            default:
                throw new IllegalStateException(policy.rule().name());
        }
    }

    private static String band(List<QualityPolicy.Band> bands, BigDecimal value, List<QualityPolicy.Group> groups) {
        for (QualityPolicy.Band band : bands) {
            if (value.compareTo(band.min()) >= 0) {
                return band.group();
            }
        }
        return groups.get(groups.size() - 1).code();
    }
}
