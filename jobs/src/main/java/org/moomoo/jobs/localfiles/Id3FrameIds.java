package org.moomoo.jobs.localfiles;

import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.ID3v22Tag;

/**
 * The frame ids {@link Id3Tags} reads, for one ID3v2 version: ID3v2.2 names its frames with three
 * letters, v2.3 and v2.4 with four. Null where the version has no such frame.
 */
record Id3FrameIds(
        String album,
        String title,
        String artist,
        String track,
        String disc,
        String genre,
        String recordingDate,
        String albumArtist,
        String ufid,
        String userText,
        String year,
        String dayMonth,
        String time) {

    private static final Id3FrameIds V22 =
            new Id3FrameIds("TAL", "TT2", "TP1", "TRK", "TPA", "TCO", null, "TP2", "UFI", "TXX", "TYE", "TDA", "TIM");
    private static final Id3FrameIds V23_V24 = new Id3FrameIds(
            "TALB", "TIT2", "TPE1", "TRCK", "TPOS", "TCON", "TDRC", "TPE2", "UFID", "TXXX", "TYER", "TDAT", "TIME");

    /** The frame ids of this tag's version. */
    static Id3FrameIds of(AbstractID3v2Tag tag) {
        return tag instanceof ID3v22Tag ? V22 : V23_V24;
    }
}
