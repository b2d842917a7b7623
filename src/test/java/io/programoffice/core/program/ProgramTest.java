package io.programoffice.core.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class ProgramTest {
    @Test
    public void program_keepsProjectOrder_andDropsDuplicates() {
        Program program = new Program("DEMO", "Checkout", List.of("WEB", "APP", "WEB"));
        assertEquals(List.of("WEB", "APP"), program.projectKeys());
    }

    @Test
    public void program_rejectsLowerCaseOrTooLongKeys() {
        assertThrows(IllegalArgumentException.class, () -> new Program("demo", "x", List.of("A")));
        assertThrows(IllegalArgumentException.class, () -> new Program("ABCDEFGHIJK", "x", List.of("A")));
        assertThrows(IllegalArgumentException.class, () -> new Program("D", "x", List.of("A")));
    }

    @Test
    public void program_rejectsBlankNameAndEmptyScope() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new Program("DEMO", "  ", List.of("APP")));
        assertTrue(blank.getMessage().contains("name"));
        assertThrows(IllegalArgumentException.class, () -> new Program("DEMO", "Demo", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Program("DEMO", "Demo", List.of("not a key")));
    }

    @Test
    public void program_isImmutable() {
        Program program = new Program("DEMO", "Demo", List.of("APP"));
        assertThrows(UnsupportedOperationException.class, () -> program.projectKeys().add("WEB"));
    }
}
