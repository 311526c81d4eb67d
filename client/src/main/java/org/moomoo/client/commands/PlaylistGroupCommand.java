package org.moomoo.client.commands;

import picocli.CommandLine.Command;

/** {@code playlist ...}: the original client's spelling of the playlist commands, kept so that its scripts still work. */
@Command(name = "playlist", hidden = true, description = "The playlist commands, as the original client named them.")
final class PlaylistGroupCommand {}
