/** The loved-tracks collection: the files a user loved, most recent first. */
package org.moomoo.playlist.lovedtracks;
