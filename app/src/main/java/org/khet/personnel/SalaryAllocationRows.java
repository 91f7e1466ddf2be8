package org.khet.personnel;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A round's stored allocation, as the page, the API and the results read it. */
@Component
class SalaryAllocationRows {

    /** One school's stored share, with what the page explains it by. */
    record Row(
            long schoolId,
            String schoolCode,
            String schoolName,
            String cluster,
            int criterionTeachers,
            String colourGroup,
            BigDecimal weight,
            BigDecimal baseShare,
            BigDecimal qualityShare,
            BigDecimal received,
            boolean pooled) {

        public BigDecimal total() {
            return baseShare.add(qualityShare);
        }

        /** Criterion teachers × weight: the school's part of the quality share's denominator. */
        public BigDecimal weighted() {
            return weight.multiply(BigDecimal.valueOf(criterionTeachers));
        }
    }

    record Cluster(String cluster, BigDecimal fractions, BigDecimal received) {}

    private final JdbcClient jdbc;

    SalaryAllocationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(long roundId) {
        return jdbc.sql("""
                        select school_id, school_code, school_name, cluster, criterion_teachers, colour_group, weight,
                               base_share, quality_share, received, pooled
                        from personnel.salary_allocation where round_id = :r order by school_code""").param("r", roundId).query(Row.class).list();
    }

    List<Cluster> clusters(long roundId) {
        return jdbc.sql("select cluster, fractions, received from personnel.salary_cluster where round_id = :r"
                        + " order by cluster")
                .param("r", roundId)
                .query(Cluster.class)
                .list();
    }
}
