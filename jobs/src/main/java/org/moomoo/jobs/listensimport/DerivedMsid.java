package org.moomoo.jobs.listensimport;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * The {@code recording_msid} of a listen whose source has none (Last.fm, Spotify, a ListenBrainz
 * line without one): a name-based UUID (version 3) of {@code moomoo-msid}, the artist, the track and
 * the album, each normalised (Unicode NFKC, lower case, trimmed, inner white space collapsed to one
 * space) and separated by a NUL. The same song under the same names always gets the same msid,
 * whichever export it comes from.
 */
final class DerivedMsid {

    private DerivedMsid() {}

    static String of(String artist, String track, String album) {
        String name = "moomoo-msid\0" + normalised(artist) + "\0" + normalised(track) + "\0" + normalised(album);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String normalised(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
    }
}
