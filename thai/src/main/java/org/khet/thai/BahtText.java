package org.khet.thai;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Spells an amount of money in Thai words, as Excel's BAHTTEXT does and as receipts, cheques and
 * official letters require (e.g. 1,234.50 → หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์).
 *
 * <p>Satang are rounded to two decimals, half away from zero. Numbers of a million or more are
 * spelled by recursion on ล้าน, so there is no upper limit.
 */
public final class BahtText {

    /**
     * How a units digit 1 is read after a higher non-zero digit when the tens digit is zero. Usage is
     * disputed and published implementations differ, so both are offered. 11, 21 … 91 are read with
     * เอ็ด in both styles.
     */
    public enum Style {
        /** 101 → หนึ่งร้อยหนึ่ง, 1,000,001 → หนึ่งล้านหนึ่ง. The default. */
        HUNDRED_ONE,
        /** 101 → หนึ่งร้อยเอ็ด, 1,001 → หนึ่งพันเอ็ด, 1,000,001 → หนึ่งล้านเอ็ด. */
        HUNDRED_ET
    }

    private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);
    private static final BigInteger SATANG_PER_BAHT = BigInteger.valueOf(100);
    private static final String[] DIGITS = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

    private BahtText() {}

    /**
     * An amount in figures as official papers write it: thousands grouped with commas and two decimals, satang rounded
     * half away from zero (1234567.5 → 1,234,567.50).
     *
     * @throws IllegalArgumentException if {@code amount} is null
     */
    public static String figures(BigDecimal amount) {
        Require.nonNull(amount, "amount");
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Spells a whole number of baht, e.g. 21 → ยี่สิบเอ็ดบาทถ้วน. */
    public static String of(long baht) {
        return of(BigDecimal.valueOf(baht));
    }

    /** Spells an amount in the default {@link Style#HUNDRED_ONE} style. */
    public static String of(BigDecimal amount) {
        return of(amount, Style.HUNDRED_ONE);
    }

    /**
     * Spells an amount in the given style.
     *
     * @throws IllegalArgumentException if {@code amount} or {@code style} is null
     */
    public static String of(BigDecimal amount, Style style) {
        Require.nonNull(amount, "amount");
        Require.nonNull(style, "style");
        BigInteger satang = amount.setScale(2, RoundingMode.HALF_UP).unscaledValue();
        BigInteger[] bahtAndSatang = satang.abs().divideAndRemainder(SATANG_PER_BAHT);
        String sign = satang.signum() < 0 ? "ลบ" : "";
        return sign + spell(bahtAndSatang[0], bahtAndSatang[1].intValueExact(), style);
    }

    private static String spell(BigInteger baht, int satang, Style style) {
        if (satang == 0) {
            return number(baht, style) + "บาทถ้วน";
        }
        String satangWords = number(BigInteger.valueOf(satang), style) + "สตางค์";
        return baht.signum() == 0 ? satangWords : number(baht, style) + "บาท" + satangWords;
    }

    private static String number(BigInteger value, Style style) {
        return value.signum() == 0 ? DIGITS[0] : millions(value, style);
    }

    /**
     * Spells a positive number as (number of millions)ล้าน(remainder), recursively; the remainder
     * is read knowing that a higher digit precedes it, which matters for {@link Style#HUNDRED_ET}.
     */
    private static String millions(BigInteger value, Style style) {
        if (value.compareTo(MILLION) < 0) {
            return belowMillion(value.intValueExact(), style, false);
        }
        BigInteger[] millionsAndRest = value.divideAndRemainder(MILLION);
        String head = millions(millionsAndRest[0], style) + "ล้าน";
        BigInteger rest = millionsAndRest[1];
        return rest.signum() == 0 ? head : head + belowMillion(rest.intValueExact(), style, true);
    }

    /** Spells 1 … 999,999; {@code afterHigherDigit} tells whether a higher group was non-zero. */
    private static String belowMillion(int value, Style style, boolean afterHigherDigit) {
        StringBuilder words = new StringBuilder();
        int divisor = 100_000;
        for (int place = PLACES.length - 1; place >= 0; place--, divisor /= 10) {
            int digit = value / divisor % 10;
            if (digit != 0) {
                words.append(digitWord(digit, place, value, style, afterHigherDigit))
                        .append(PLACES[place]);
            }
        }
        return words.toString();
    }

    private static String digitWord(int digit, int place, int group, Style style, boolean afterHigherDigit) {
        if (place == 1) {
            return tensWord(digit);
        }
        if (place == 0 && digit == 1) {
            boolean tensNonZero = group / 10 % 10 != 0;
            boolean higherNonZero = afterHigherDigit || group >= 10;
            return tensNonZero || (style == Style.HUNDRED_ET && higherNonZero) ? "เอ็ด" : DIGITS[1];
        }
        return DIGITS[digit];
    }

    private static String tensWord(int digit) {
        return switch (digit) {
            case 1 -> "";
            case 2 -> "ยี่";
            default -> DIGITS[digit];
        };
    }
}
