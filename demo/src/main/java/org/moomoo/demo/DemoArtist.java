package org.moomoo.demo;

import java.util.UUID;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

/**
 * An artist of the demo library.
 *
 * @param name the name
 * @param mbid the MusicBrainz artist id
 * @param kind the one kind of sound the artist makes
 */
public record DemoArtist(String name, UUID mbid, Kind kind) {}
