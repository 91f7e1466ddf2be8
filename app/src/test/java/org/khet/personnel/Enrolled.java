package org.khet.personnel;

import java.nio.charset.StandardCharsets;
import org.khet.registry.SchoolImport;
import org.khet.registry.Schools;
import org.khet.registry.TestArea;
import org.springframework.context.ApplicationContext;

/** Schools of a test area with their students per grade of an academic year, by the registry's school import. */
public final class Enrolled {

    private Enrolled() {}

    /**
     * Imports "number,name,p1,…,p6" lines as schools of {@code area} (network "เครือข่าย" and the area's code unless
     * the line names one after a {@code |}) with those students in {@code year}.
     */
    public static void schools(ApplicationContext context, TestArea area, int year, String... lines) {
        StringBuilder csv = new StringBuilder(
                "area_code,school_code,name_th,network,amphoe,tambon,students,academic_year,p1,p2,p3,p4,p5,p6\n");
        for (String line : lines) {
            String[] networkAndRest = line.contains("|") ? line.split("\\|", 2) : new String[] {"", line};
            String network = networkAndRest[0].isEmpty() ? "เครือข่าย " + area.code() : networkAndRest[0];
            String[] f = networkAndRest[1].split(",", 3);
            csv.append("%s,%s%s,%s,%s,เมือง,ในเมือง,,%d,%s\n"
                    .formatted(area.code(), area.code(), f[0], f[1], network, year, f[2]));
        }
        context.getBean(SchoolImport.class).run(csv.toString().getBytes(StandardCharsets.UTF_8), area.admin());
    }

    /** The id of the school {@code number} of {@code area}. */
    public static long school(ApplicationContext context, TestArea area, String number) {
        return context.getBean(Schools.class)
                .byCode(area.code() + number)
                .orElseThrow()
                .id();
    }
}
