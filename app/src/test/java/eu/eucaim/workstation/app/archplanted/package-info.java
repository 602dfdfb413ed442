/**
 * Planted violations of the architecture rules, one per rule, so that {@code ArchitectureRulesBiteTest} can show each
 * rule fails when broken. Test code only: never imported by {@code ArchitectureTest}, which reads production classes.
 */
package eu.eucaim.workstation.app.archplanted;
