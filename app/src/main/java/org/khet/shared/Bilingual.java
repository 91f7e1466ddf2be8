package org.khet.shared;

/** A message users read in Thai first, with its English counterpart for English-speaking users and logs. */
public record Bilingual(String th, String en) {

    public static Bilingual of(String th, String en) {
        return new Bilingual(th, en);
    }

    public String in(String language) {
        return "en".equals(language) ? en : th;
    }

    @Override
    public String toString() {
        return th + " / " + en;
    }
}
