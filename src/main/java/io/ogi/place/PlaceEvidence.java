package io.ogi.place;

/**
 * What the parser knows about where a report comes from.
 *
 * @param agency issuing organ as found in the title or signature (牡丹江市人民政府办公室); may be
 *     null; may contain '〓' where a hijacked page's spam replaced the place name ("〓人民政府")
 * @param text the whole report text, spam already replaced by '〓'; may be null
 * @param year data year of the report; may be null
 */
public record PlaceEvidence(String agency, String text, Integer year) {}
