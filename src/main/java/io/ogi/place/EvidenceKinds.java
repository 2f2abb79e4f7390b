package io.ogi.place;

import io.ogi.model.Place;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of evidence that decided a place, on a fixed vocabulary, from the resolver's notes
 * ({@link Place#evidence()}) and where the agency name was read.
 *
 * <p>Kinds: {@code title}, {@code signature}, {@code source_line} (来源：…), {@code text} (the
 * government the text names most) — where the agency name that carries the place was read; {@code
 * parent} (the parent division named in the text, 秦皇岛市北戴河区), {@code province} (the province
 * named as the report's own), {@code regulation} (a provincial or city regulation cited,
 * 《浙江省政府信息公开规定》), {@code phone} (telephone area code), {@code postcode}, {@code site}
 * (portal name 中国·温州), {@code address} (an 地址 line naming the place), {@code mentions} (the
 * division the text keeps naming, for a hijacked or anonymous agency).
 */
public final class EvidenceKinds {

  /** Every kind, in documentation order. */
  public static final List<String> ALL =
      List.of("title", "signature", "source_line", "text", "parent", "province", "regulation", "phone",
          "postcode", "site", "address", "mentions");

  private EvidenceKinds() {}

  /**
   * The kinds that decided {@code place}, in {@link #ALL} order.
   *
   * @param agencySource where the agency was read ({@code title}, {@code signature}, {@code
   *     source_line}, {@code text}) or null
   * @return empty when no division was resolved (and for a central organ, the agency's source only)
   */
  public static List<String> of(Place place, String agencySource) {
    if (place == null || (place.divisionCode() == null && !"central".equals(place.level()))) {
      return List.of();
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (String note : place.evidence()) {
      int colon = note.indexOf(':');
      String head = colon < 0 ? note : note.substring(0, colon);
      String kind = switch (head) {
        case "agency", "agency-parent", "branch", "township" ->
            agencySource == null ? null : agencySource;
        case "parent", "county-in-text" -> "parent";
        case "province" -> "province";
        case "regulation" -> "regulation";
        case "phone" -> "phone";
        case "postcode" -> "postcode";
        case "site" -> "site";
        case "address" -> "address";
        case "mentions" -> "mentions";
        default -> null;
      };
      if (kind != null) {
        kinds.add(kind);
      }
    }
    List<String> out = new ArrayList<>();
    for (String k : ALL) {
      if (kinds.contains(k)) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }
}
