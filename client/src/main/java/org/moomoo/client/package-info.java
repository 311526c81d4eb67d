/**
 * The command-line client: asks a playlist-api server for a playlist, maps its library-relative
 * paths onto this machine's mount of the music library and prints it or hands it to Strawberry.
 */
package org.moomoo.client;
