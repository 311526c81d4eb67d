package org.moomoo.playlist.track;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a track is in a playlist (issue 15): the facts of the computation that chose it, typed by
 * kind, and their one-line English rendering {@link #text()}. {@link ReasonJson} writes and reads
 * the JSON form ({@code {"kind": ..., "text": ..., facts}}) that the API returns and the
 * collection tables store.
 */
public sealed interface Reason
        permits Reason.Similar,
                Reason.Seed,
                Reason.Loved,
                Reason.RevisitTrack,
                Reason.RevisitRelease,
                Reason.TopArtist,
                Reason.SmartMix {

    /** The kind's name in JSON, e.g. {@code similar}. */
    String kind();

    /** The reason as one line of English. */
    String text();

    /**
     * A neighbour of the similarity engine (spec/playlists-http-client.md 4.3 to 4.5).
     *
     * @param nearestSeed the path of the seed with the smallest raw L2 distance to the track
     * @param seedDistance that raw L2 distance
     * @param cfFactor the artist-similarity multiplier of that seed's artist and the track's (1: neutral);
     *     the distance to that seed was divided by it
     * @param seedShare that seed's share of the seeds' total weight, in (0, 1]: its weight (the
     *     listen-count weight with a listener, else 1) over the sum of them
     * @param predicateWeight the track's own weight (its recency weight; 1 when none); the final
     *     distance was divided by it
     * @param seedListens the listener's lifetime plays of that seed, null without a listener
     * @param recencyScore the track's recency score when a recency weight moved it, else null
     */
    record Similar(
            String nearestSeed,
            double seedDistance,
            double cfFactor,
            double seedShare,
            double predicateWeight,
            Double seedListens,
            Double recencyScore)
            implements Reason {

        public Similar {
            Objects.requireNonNull(nearestSeed, "nearestSeed");
        }

        /** This reason with the listening history that made its weights. */
        public Similar withHistory(Double newSeedListens, Double newRecencyScore) {
            return new Similar(
                    nearestSeed, seedDistance, cfFactor, seedShare, predicateWeight, newSeedListens, newRecencyScore);
        }

        @Override
        public String kind() {
            return "similar";
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder("close to ")
                    .append(fileName(nearestSeed))
                    .append(" (")
                    .append(String.format(Locale.ROOT, "%.3f", seedDistance))
                    .append(" away)");
            if (cfFactor != 1.0) {
                text.append(cfFactor > 1 ? ", artists often played together (×" : ", artists rarely played together (×")
                        .append(factor(cfFactor))
                        .append(')');
            }
            if (seedListens != null) {
                text.append(", seed played ").append(times(seedListens));
            }
            if (predicateWeight != 1.0) {
                text.append(recencyScore != null ? ", played recently (×" : ", weighted (×")
                        .append(factor(predicateWeight))
                        .append(')');
            }
            return text.toString();
        }
    }

    /**
     * A seed shown at the top of a generated playlist.
     *
     * @param listens the listener's lifetime plays of it, null without a listener
     */
    record Seed(Double listens) implements Reason {

        @Override
        public String kind() {
            return "seed";
        }

        @Override
        public String text() {
            return listens == null ? "a seed of the playlist" : "a seed of the playlist, played " + times(listens);
        }
    }

    /**
     * A loved track (loved-tracks collection).
     *
     * @param lovedOn the day (UTC) of its first love or play spike
     */
    record Loved(LocalDate lovedOn) implements Reason {

        public Loved {
            Objects.requireNonNull(lovedOn, "lovedOn");
        }

        @Override
        public String kind() {
            return "loved";
        }

        @Override
        public String text() {
            return "loved on " + lovedOn;
        }
    }

    /**
     * A recording to revisit (revisit-tracks collection).
     *
     * @param plays the listener's listens of the recording
     * @param firstPlayed the day (UTC) of the first of them
     * @param lastPlayed the day (UTC) of the last of them
     * @param quietDays whole days from the last listen to the models' build
     */
    record RevisitTrack(int plays, LocalDate firstPlayed, LocalDate lastPlayed, int quietDays) implements Reason {

        public RevisitTrack {
            Objects.requireNonNull(firstPlayed, "firstPlayed");
            Objects.requireNonNull(lastPlayed, "lastPlayed");
        }

        @Override
        public String kind() {
            return "revisit_track";
        }

        @Override
        public String text() {
            return "played " + times(plays) + " " + months(firstPlayed, lastPlayed) + ", not in the last " + quietDays
                    + (quietDays == 1 ? " day" : " days");
        }
    }

    /**
     * A track of a release to revisit (revisit-releases collection).
     *
     * @param release the release group's title
     * @param artist its artist credit
     * @param listensOld the listener's plays of it 90 to 150 days ago
     * @param listensRecent the plays of it in the last 90 days
     */
    record RevisitRelease(String release, String artist, int listensOld, int listensRecent) implements Reason {

        @Override
        public String kind() {
            return "revisit_release";
        }

        @Override
        public String text() {
            return "from " + (release == null ? "a release" : release) + (artist == null ? "" : " by " + artist)
                    + ", played " + times(listensOld) + " 90 to 150 days ago and " + times(listensRecent) + " since";
        }
    }

    /**
     * A track of a top artist's playlist (top-artists collection).
     *
     * @param artist the artist's name
     * @param rank the artist's place among the listener's qualifying artists by plays, 1 the most played
     * @param plays the artist's plays in the history length
     * @param historyDays the history length in days, null for the whole history
     * @param because why the similarity generator chose the track
     */
    record TopArtist(String artist, int rank, long plays, Integer historyDays, Reason because) implements Reason {

        @Override
        public String kind() {
            return "top_artist";
        }

        @Override
        public String text() {
            String head = "your no. " + rank + " artist " + (artist == null ? "" : artist + " ") + "(" + times(plays)
                    + (historyDays == null ? " in all" : " in the last " + historyDays + " days") + ")";
            return because == null ? head : head + "; " + because.text();
        }
    }

    /**
     * A track of a smart mix (smart-mixes collection).
     *
     * @param artists the artists of the cluster the mix was seeded from, most frequent first
     * @param because why the similarity generator chose the track
     */
    record SmartMix(List<String> artists, Reason because) implements Reason {

        public SmartMix {
            artists = List.copyOf(artists);
        }

        @Override
        public String kind() {
            return "smart_mix";
        }

        @Override
        public String text() {
            String head = "in a cluster with " + joined(artists);
            return because == null ? head : head + "; " + because.text();
        }
    }

    /** The last part of a path without its extension: how a reason names a file. */
    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String factor(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "once", "3 times", "2.5 times": counts of listens may be fractional (spec 4.9). */
    private static String times(double count) {
        if (count == 1) {
            return "once";
        }
        if (count == Math.rint(count)) {
            return (long) count + " times";
        }
        return String.format(Locale.ROOT, "%.1f times", count);
    }

    /** "in March 2023", "from March to May 2023", "from December 2022 to January 2023". */
    private static String months(LocalDate first, LocalDate last) {
        String firstMonth = first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String lastMonth = last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (first.getYear() == last.getYear()) {
            if (first.getMonth() == last.getMonth()) {
                return "in " + firstMonth + " " + first.getYear();
            }
            return "from " + firstMonth + " to " + lastMonth + " " + last.getYear();
        }
        return "from " + firstMonth + " " + first.getYear() + " to " + lastMonth + " " + last.getYear();
    }

    /** "A", "A and B", "A, B and C". */
    private static String joined(List<String> names) {
        if (names.isEmpty()) {
            return "no named artist";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
