/**
 * Where a report comes from: the division gazetteer ({@link io.ogi.place.Gazetteer}, built by
 * {@code scripts/build_gazetteer.py} from {@code data/gazetteer-sources/}) and the resolver
 * ({@link io.ogi.place.PlaceResolver}) that turns an agency name and report text into an {@link
 * io.ogi.model.Place}.
 */
package io.ogi.place;
