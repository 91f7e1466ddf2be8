package org.khet.shared;

/**
 * One reason an input was refused: which row (0 when not a file), which field or column, and why.
 */
public record FieldError(int row, String field, Bilingual message) {

    public static FieldError of(String field, String th, String en) {
        return new FieldError(0, field, Bilingual.of(th, en));
    }

    /** A field's error in words of {@code messages*.properties}, read by the caller. */
    public static FieldError of(String field, Bilingual message) {
        return new FieldError(0, field, message);
    }

    public static FieldError atRow(int row, String field, String th, String en) {
        return new FieldError(row, field, Bilingual.of(th, en));
    }
}
