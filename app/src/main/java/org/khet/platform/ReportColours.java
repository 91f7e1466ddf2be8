package org.khet.platform;

/**
 * The colours of a report file: the grey of table headers, and black or white text on a coloured cell (a quality
 * group's colour, say), whichever reads better. The pages use the same rule, so a group looks alike on screen and
 * on paper.
 */
public final class ReportColours {

    /** The background of a table's header row. */
    static final String HEADER = "#e9ecef";

    private ReportColours() {}

    /** Black or white text, whichever reads better on the colour (WCAG relative luminance). */
    public static String textOn(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        double luminance =
                0.2126 * channel(v >> 16 & 0xff) + 0.7152 * channel(v >> 8 & 0xff) + 0.0722 * channel(v & 0xff);
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The red, green and blue bytes of a #RRGGBB colour. */
    static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
