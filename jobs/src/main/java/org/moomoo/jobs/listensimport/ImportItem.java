package org.moomoo.jobs.listensimport;

/** What became of one record of an export. */
sealed interface ImportItem {

    /**
     * A listen to store.
     *
     * @param listenMd5  the table's key (spec/ingest.md 4.2)
     * @param json       the listen as ListenBrainz's listen JSON
     * @param listenedAt epoch seconds
     */
    record Listen(String listenMd5, String username, String json, long listenedAt) implements ImportItem {}

    /** A play the import leaves out on purpose. */
    record Skipped(Rule rule) implements ImportItem {}

    /** A record that is not a readable listen, with where it is and why. */
    record Malformed(String where, String reason) implements ImportItem {}

    /** Why a play is left out. */
    enum Rule {
        /** Played for less than 30 seconds. */
        SHORT_PLAY,
        /** A podcast episode or another play that is not a song. */
        PODCAST
    }
}
