"""Times the original system's tag reading (mutagen, easy mode, one process) on the files named on stdin.

Prints "<files> <seconds> <cpu seconds>" for one timed pass after one untimed pass, as the Java benchmark does.
"""
import sys
import time

import mutagen

KEYS = ("album", "title", "artist", "tracknumber", "discnumber", "genre", "date", "originalyear",
        "albumartist", "musicbrainz_trackid", "musicbrainz_artistid", "musicbrainz_albumid",
        "musicbrainz_albumartistid", "musicbrainz_discid", "musicbrainz_albumstatus",
        "musicbrainz_albumtype", "musicbrainz_releasetrackid", "musicbrainz_releasegroupid")


def read(path):
    audio = mutagen.File(path, easy=True)
    if audio is None:
        return None
    tags = audio.tags or {}
    return {key: tags.get(key) for key in KEYS}, audio.info.length


def main():
    paths = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for path in paths:
        read(path)
    started = time.perf_counter()
    cpu_started = time.process_time()
    for path in paths:
        read(path)
    print(len(paths), time.perf_counter() - started, time.process_time() - cpu_started)


if __name__ == "__main__":
    main()
