package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafePathsFileNameTest {
    @Test
    void keepsAReadableNameWithItsExtension() {
        assertThat(SafePaths.fileName("Informe ético (final).pdf")).isEqualTo("Informe ético (final).pdf");
    }

    @Test
    void separatorsAndLeadingDotsCannotLeaveTheFolder() {
        assertThat(SafePaths.fileName("../../etc/passwd")).isEqualTo("_.._etc_passwd");
        assertThat(SafePaths.fileName("C:\\Windows\\x.pdf")).isEqualTo("C__Windows_x.pdf");
        assertThat(SafePaths.fileName(".bashrc")).isEqualTo("bashrc");
        assertThat(SafePaths.fileName("a\u0000b\nc.txt")).isEqualTo("a_b_c.txt");
    }

    @Test
    void emptyOrDeviceNamesBecomeFile() {
        assertThat(SafePaths.fileName(null)).isEqualTo("file");
        assertThat(SafePaths.fileName("...")).isEqualTo("file");
        assertThat(SafePaths.fileName("CON.txt")).isEqualTo("file");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = SafePaths.fileName("x".repeat(300) + ".docx");
        assertThat(name).hasSize(120).endsWith(".docx");
    }
}
