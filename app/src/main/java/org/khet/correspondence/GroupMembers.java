package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.khet.platform.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a saved recipient group holds, by name, so that a clerk choosing one sees whom it reaches: the office, the
 * size classes, the networks, the schools and the units, as the registry names them today.
 */
@Component("groupMembers")
public class GroupMembers {

    /** Names shown before "and n more". */
    static final int SHOWN = 6;

    private final JdbcClient jdbc;
    private final AddressOptions options;

    GroupMembers(JdbcClient jdbc, AddressOptions options) {
        this.jdbc = jdbc;
        this.options = options;
    }

    /** The members of {@code group} in a line in the reader's language: "ขนาดเล็ก, เครือข่ายควนขนุน, โรงเรียนบ้านนา". */
    public String line(RecipientGroups.Group group) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Addressees m = group.members();
        List<String> names = new ArrayList<>();
        if (m.office()) {
            names.add(Texts.of("correspondence.write.toOffice").in(english ? "en" : "th"));
        }
        Map<Integer, AddressOptions.SizeClass> sizes = options.sizes(group.areaId()).stream()
                .collect(Collectors.toMap(AddressOptions.SizeClass::ordinal, Function.identity()));
        m.sizes().stream()
                .map(sizes::get)
                .filter(java.util.Objects::nonNull)
                .map(s -> english ? s.nameEn() : s.nameTh())
                .forEach(names::add);
        names.addAll(jdbc.sql("""
                        select name from (
                            select 1 as kind, n.name_th as name from registry.network_summary n
                            where n.area_id = :area and n.id = any(:networks)
                            union all
                            select 2, s.name_th from registry.school_summary s
                            where s.area_id = :area and s.id = any(:schools)
                            union all
                            select 3, u.name_th from registry.unit_summary u
                            where u.area_id = :area and u.id = any(:units)) x
                        order by kind, name""")
                .param("area", group.areaId())
                .param("networks", m.networks().toArray(Long[]::new))
                .param("schools", m.schools().toArray(Long[]::new))
                .param("units", m.units().toArray(Long[]::new))
                .query(String.class)
                .list());
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN))
                + Texts.of("correspondence.groups.more", names.size() - SHOWN).in(english ? "en" : "th");
    }
}
