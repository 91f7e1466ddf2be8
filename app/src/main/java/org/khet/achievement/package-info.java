/**
 * Student achievement (ผลสัมฤทธิ์ทางการเรียน): exam results of O-NET, NT, RT, Pre O-NET and the area's own LAS per
 * school and per student, reference means, the quality colour groups (กลุ่มสีคุณภาพ) that policies stored as data
 * compute from them, targets, rewards, and the dashboards the office plans supervision from. Results arrive by
 * CSV or Excel import, which is atomic.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry"})
package org.khet.achievement;

import org.springframework.modulith.ApplicationModule;
