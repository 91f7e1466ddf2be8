package org.khet.bench;

import java.util.List;

/** One generated school, in the columns of the app's school import. */
record School(String areaCode, String code, String nameTh, String network, String amphoe, String tambon, int students) {

    static final List<String> HEADER =
            List.of("area_code", "school_code", "name_th", "network", "amphoe", "tambon", "students");

    List<String> csv() {
        return List.of(areaCode, code, nameTh, network, amphoe, tambon, Integer.toString(students));
    }
}
