package io.ogi.place;

import io.ogi.model.Place;

/** Placeholder until the gazetteer branch lands. */
public final class PlaceResolver {
  public Place resolve(PlaceEvidence evidence) {
    return Place.UNKNOWN;
  }
}
