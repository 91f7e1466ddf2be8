package org.khet.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An educational service area office as the generator plans it: 183 primary (สพป.) and 62 secondary (สพม.)
 * offices, as in Thailand. Codes are the province code followed by a two-digit district ({@code 3001}–{@code 3007}
 * for Nakhon Ratchasima's primary areas, {@code 9x} for secondary ones), which keeps them unique and readable.
 */
record Area(String code, String nameTh, String nameEn, String letterPrefix, boolean secondary, Province province) {

    static final int SECONDARY_AREAS = 62;
    private static final int BANGKOK_SECONDARY = 2;

    static List<Area> plan() {
        List<Area> areas = new ArrayList<>();
        for (Province p : Province.ALL) {
            for (int n = 1; n <= p.primaryAreas(); n++) {
                areas.add(primary(p, n, areas.size() + 1));
            }
        }
        Province bangkok = Province.ALL.get(0);
        for (int n = 1; n <= BANGKOK_SECONDARY; n++) {
            areas.add(secondary(bangkok, n, true, areas.size() + 1));
        }
        // The smallest provinces share a neighbour's secondary office, as several do in reality.
        List<Province> bySize = Province.ALL.stream()
                .skip(1)
                .sorted(Comparator.comparingInt(Province::primaryAreas).reversed())
                .limit(SECONDARY_AREAS - BANGKOK_SECONDARY)
                .sorted(Comparator.comparing(Province::code))
                .toList();
        for (Province p : bySize) {
            areas.add(secondary(p, 1, false, areas.size() + 1));
        }
        return areas;
    }

    private static Area primary(Province p, int n, int ordinal) {
        boolean numbered = p.primaryAreas() > 1;
        String nameTh = "สพป." + p.nameTh() + (numbered ? " เขต " + n : "");
        String nameEn = "Primary Educational Service Area Office " + p.nameEn() + (numbered ? " " + n : "");
        return new Area(p.code() + String.format("%02d", n), nameTh, nameEn, prefix(ordinal), false, p);
    }

    private static Area secondary(Province p, int n, boolean numbered, int ordinal) {
        String nameTh = "สพม." + p.nameTh() + (numbered ? " เขต " + n : "");
        String nameEn = "Secondary Educational Service Area Office " + p.nameEn() + (numbered ? " " + n : "");
        return new Area(p.code() + (90 + n), nameTh, nameEn, prefix(ordinal), true, p);
    }

    private static String prefix(int ordinal) {
        return String.format("ศธ 04%03d", ordinal);
    }

    List<String> csv() {
        return List.of(code, nameTh, nameEn, letterPrefix);
    }
}
