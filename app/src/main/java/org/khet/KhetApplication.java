package org.khet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Khet (เขต): the platform of an educational service area office and its schools. */
@SpringBootApplication
@EnableScheduling
public class KhetApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhetApplication.class, args);
    }
}
