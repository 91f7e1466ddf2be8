package org.khet.shared;

/**
 * Which page of a long list a reader asked for ({@code ?page=…}), counted from 0. The number comes from a link
 * anyone can edit, so it is parsed here once for every list: a screen forgives (a word or a negative number shows
 * the first page, a page past the end the last one), the API refuses what is not a page number with a bilingual
 * 400 and answers an empty page past the end, so a client that pages until it sees no rows stops.
 */
public record PageNumber(int number, boolean lastIfPastEnd) {

    public static final PageNumber FIRST = new PageNumber(0, true);

    private static final Bilingual NOT_A_PAGE = Messages.of("page.notANumber", Integer.MAX_VALUE);

    public PageNumber {
        if (number < 0) {
            throw new IllegalArgumentException("page " + number);
        }
    }

    /** For a screen: anything that is not a page number is the first page; huge numbers end on the last page. */
    public static PageNumber forgiving(String raw) {
        String digits = raw == null ? "" : raw.strip();
        if (!digits.matches("[0-9]{1,30}")) {
            return FIRST;
        }
        return new PageNumber(
                digits.length() > 10 ? Integer.MAX_VALUE : (int) Math.min(Long.parseLong(digits), Integer.MAX_VALUE),
                true);
    }

    /** For the API: a page number or a 400 that says what a page number is. */
    public static PageNumber exact(String raw) {
        String digits = raw == null ? "" : raw.strip();
        if (!digits.matches("[0-9]{1,10}") || Long.parseLong(digits) > Integer.MAX_VALUE) {
            throw new BadRequestException(NOT_A_PAGE);
        }
        return new PageNumber(Integer.parseInt(digits), false);
    }

    /** The rows to skip before this page; a long, since page × size passes the largest int. */
    public long offset(int size) {
        return (long) number * size;
    }

    /** This page, or for a screen past the end of {@code total} rows the last page that has rows. */
    public PageNumber within(long total, int size) {
        long last = total <= 0 ? 0 : (total - 1) / size;
        return lastIfPastEnd && number > last ? new PageNumber((int) last, true) : this;
    }
}
