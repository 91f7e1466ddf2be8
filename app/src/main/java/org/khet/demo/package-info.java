/**
 * The demo dataset: on an empty embedded database Khet loads one area office modelled on สพป.พัทลุง เขต 2 with its
 * real school networks, about 120 fictional schools, their staff and a demo user of each role. It goes in through
 * the same imports users use. Never on an external database.
 */
@ApplicationModule(
        allowedDependencies = {"achievement", "complaints", "questions", "registry", "platform", "shared", "thai"})
package org.khet.demo;

import org.springframework.modulith.ApplicationModule;
