package org.khet.platform;

/** Reads one cell of an imported row by its rule, noting in the errors why a bad cell is bad. */
public final class Cells {

    private Cells() {}

    public static String required(TabularFile.Row row, String column, int maxLength, ImportErrors errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(row.number(), column, Texts.of("import.cell.required"));
        } else if (v.length() > maxLength) {
            errors.add(row.number(), column, Texts.of("import.cell.tooLong", maxLength));
        }
        return v;
    }

    public static String optional(TabularFile.Row row, TabularFile file, String column) {
        if (!file.has(column)) {
            return null;
        }
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }

    public static String digits(TabularFile.Row row, String column, int length, boolean required, ImportErrors errors) {
        String v = row.get(column).replace(" ", "").replace("-", "");
        if (v.isEmpty() && !required) {
            return null;
        }
        if (v.length() != length || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(row.number(), column, Texts.of("import.cell.digits", length, row.get(column)));
        }
        return v;
    }

    public static Integer integer(
            TabularFile.Row row, String column, int min, int max, boolean required, ImportErrors errors) {
        String v = row.get(column).replace(",", "");
        if (v.isEmpty() && !required) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(row.number(), column, Texts.of("import.cell.integer", min, max, v));
        return null;
    }

    public static String email(TabularFile.Row row, ImportErrors errors) {
        String v = row.get("email");
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(row.number(), "email", Texts.of("import.cell.email"));
        }
        return v;
    }

    /** A decimal number within {@code [min, max]}; commas are thousands separators. */
    public static java.math.BigDecimal decimal(
            TabularFile.Row row, String column, double min, double max, boolean required, ImportErrors errors) {
        String v = row.get(column).replace(",", "");
        if (v.isEmpty() && !required) {
            return null;
        }
        try {
            java.math.BigDecimal n = new java.math.BigDecimal(v);
            if (n.doubleValue() >= min && n.doubleValue() <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        String range = plain(min) + "–" + plain(max);
        errors.add(row.number(), column, Texts.of("import.cell.decimal", range, v));
        return null;
    }

    /**
     * A date written as ISO 8601 (2027-04-13) or as Thai offices type it, day/month/Buddhist Era year (13/4/2570,
     * Thai digits too); null, with the reason noted, when it is neither.
     */
    public static java.time.LocalDate date(TabularFile.Row row, String column, ImportErrors errors) {
        String v = row.get(column);
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.DateTimeException notIso) {
            try {
                return org.khet.thai.BuddhistDates.parseNumeric(v);
            } catch (java.time.DateTimeException notThai) {
                errors.add(row.number(), column, Texts.of("import.cell.date", v));
                return null;
            }
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
