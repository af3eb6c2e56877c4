/**
 * Demo data: on first start with an empty database, the Korea country group as the minutes of its
 * 28 January 2021 meeting describe it ({@code demo/korea-group.json}, see docs/DEMO_DATA.md), loaded
 * through each module's public API so every rule applies to it too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.passerelle.demo;
