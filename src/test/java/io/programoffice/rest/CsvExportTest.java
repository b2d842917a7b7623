package io.programoffice.rest;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CsvExportTest {
    @Test
    public void cell_neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=HYPERLINK(\"http://evil\")", CsvExport.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-2+3", CsvExport.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvExport.cell("\tx"));
        assertEquals("'\rx", CsvExport.cell("\rx"));
    }

    @Test
    public void cell_keepsOrdinaryTextAndEmptiesNull() {
        assertEquals("Team A", CsvExport.cell("Team A"));
        assertEquals("a=b", CsvExport.cell("a=b"));
        assertEquals("", CsvExport.cell(null));
        assertEquals("", CsvExport.cell(""));
    }

    @Test
    public void number_writesWholeNumbersWithoutAFraction() {
        assertEquals("13", CsvExport.number(13.0));
        assertEquals("2.5", CsvExport.number(2.5));
        assertEquals("0", CsvExport.number(0));
    }
}
