package org.moomoo.jobs.embed.audio;

/**
 * An Ogg file whose audio is not Vorbis: Opus, FLAC or Speex in an Ogg container, which ffmpeg
 * decodes and Java here does not.
 */
final class NotVorbisException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The codec found ("Opus"), or null when none was recognised. */
    private final String codec;

    NotVorbisException(String codec) {
        super(
                codec != null
                        ? "this Ogg file holds " + codec + ", not Vorbis"
                        : "this Ogg file holds no Vorbis audio, nor any codec recognised");
        this.codec = codec;
    }

    /** The reason, and what to do when there is no ffmpeg. */
    String withoutFfmpeg() {
        return getMessage() + ": install ffmpeg (apt-get install ffmpeg) to decode "
                + (codec != null ? "Ogg " + codec : "it, or re-encode it");
    }
}
