// Playlist files as the command-line client writes them (README, "The command-line client"):
// m3u8 and XSPF with the tracks' absolute paths when the server knows the library's folder, and
// JSPF, XSPF's JSON form. Made in the browser from what the page shows; nothing is sent anywhere.

function location(root, path) {
  return root ? root.replace(/\/+$/, '') + '/' + path : path;
}

function escapeXml(text) {
  return text.replace(/[<>&'"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
}

// XSPF locations are URIs: percent-encode everything but '/' and ':', as the client does.
function uriPath(text) {
  return encodeURI(text).replace(/[?#\[\]]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function m3u8(playlist, root) {
  const lines = ['#EXTM3U'];
  if (playlist.description) lines.push('#PLAYLIST:' + playlist.description);
  for (const track of playlist.tracks) {
    lines.push('#EXTINF:' + (track.track_length_seconds || 0) + ',' + (track.title ? displayName(track) : ''));
    lines.push(location(root, track.filepath));
  }
  return lines.join('\n') + '\n';
}

export function xspf(playlist, root) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<playlist version="1" xmlns="http://xspf.org/ns/0/">',
    '  <creator>moomoo</creator>'];
  if (playlist.title) parts.push('  <title>' + escapeXml(playlist.title) + '</title>');
  if (playlist.description) parts.push('  <annotation>' + escapeXml(playlist.description) + '</annotation>');
  parts.push('  <date>' + new Date().toISOString() + '</date>', '  <trackList>');
  for (const track of playlist.tracks) {
    parts.push('    <track>', '      <location>' + escapeXml(uriPath(location(root, track.filepath))) + '</location>');
    if (track.title) parts.push('      <title>' + escapeXml(track.title) + '</title>');
    if (track.artist) parts.push('      <creator>' + escapeXml(track.artist) + '</creator>');
    if (track.album) parts.push('      <album>' + escapeXml(track.album) + '</album>');
    if (track.track_length_seconds) parts.push('      <duration>' + track.track_length_seconds * 1000 + '</duration>');
    parts.push('    </track>');
  }
  parts.push('  </trackList>', '</playlist>');
  return parts.join('\n') + '\n';
}

export function jspf(playlist, root) {
  const body = {
    playlist: {
      creator: 'moomoo',
      date: new Date().toISOString(),
      track: playlist.tracks.map(track => {
        const entry = { location: [uriPath(location(root, track.filepath))] };
        if (track.title) entry.title = track.title;
        if (track.artist) entry.creator = track.artist;
        if (track.album) entry.album = track.album;
        if (track.track_length_seconds) entry.duration = track.track_length_seconds * 1000;
        return entry;
      }),
    },
  };
  if (playlist.title) body.playlist.title = playlist.title;
  if (playlist.description) body.playlist.annotation = playlist.description;
  return JSON.stringify(body, null, 2) + '\n';
}

/** A file name from the playlist's title: letters, digits and dashes. */
export function fileName(playlist, extension) {
  const base = (playlist.title || 'playlist').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'playlist';
  return base + '.' + extension;
}

/** What a track is called on the page: its title, else its file name without the extension. */
export function displayName(track) {
  if (track.title) return track.title;
  const name = track.filepath.split('/').pop();
  return name.replace(/\.[^.]+$/, '');
}
