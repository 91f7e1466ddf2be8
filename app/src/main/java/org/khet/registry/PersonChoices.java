package org.khet.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The positions and academic standings a person's form offers. */
@Component
class PersonChoices {

    private final JdbcClient jdbc;

    PersonChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Choice(String value, String nameTh, String nameEn) {
        public String label(String language) {
            return "en".equals(language) ? nameEn : nameTh;
        }
    }

    List<Choice> positions() {
        return jdbc.sql("select id::text as value, name_th, name_en from registry.position order by id")
                .query(Choice.class)
                .list();
    }

    List<Choice> standings() {
        return jdbc.sql("select code as value, name_th, name_en from registry.academic_standing order by rank")
                .query(Choice.class)
                .list();
    }
}
