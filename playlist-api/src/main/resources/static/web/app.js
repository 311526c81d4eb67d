// The moomoo web page: collections, search, "more like this", a play queue, exports and the map.
// Every request goes to this server's JSON routes; with a token, the session cookie set by
// POST /session authenticates them (the token itself is never kept by the page).
import { m3u8, xspf, jspf, fileName, displayName } from './exports.js';

const $ = id => document.getElementById(id);

const COLLECTIONS = [
  { route: 'loved', name: 'Loved tracks', job: 'loved-tracks' },
  { route: 'revisit-tracks', name: 'Revisit tracks', job: 'revisit-tracks' },
  { route: 'revisit-releases', name: 'Revisit releases', job: 'revisit-releases' },
  { route: 'suggest/by-artist', name: 'Artist suggestions', job: 'top-artists' },
  { route: 'suggest/smart-mix', name: 'Smart mixes', job: 'smart-mixes' },
];

const state = {
  root: null,
  user: null,
  playlist: null,
  queue: [],
  index: -1,
  map: null,
};

/** GET or POST a JSON route; a failed one throws an Error with the server's message. */
async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (response.status === 401) {
    showSignIn();
  }
  if (!response.ok || (body && body.success === false)) {
    const error = new Error(body && body.error ? body.error : 'The server answered ' + response.status + '.');
    error.status = response.status;
    throw error;
  }
  return body;
}

function query(parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of parameters) search.append(key, value);
  return search.toString();
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'onclick') node.addEventListener('click', value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function seconds(total) {
  if (!Number.isFinite(total) || total < 0) return '0:00';
  const whole = Math.floor(total);
  return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
}

// ---- views

const VIEWS = ['signin', 'home', 'search', 'playlist', 'map'];

function show(view) {
  for (const name of VIEWS) $(name).hidden = name !== view;
  for (const name of ['home', 'search', 'map']) {
    const link = $('nav-' + name);
    if (name === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.view = view;
}

function route() {
  const view = location.hash.replace('#', '') || 'home';
  if (view === 'search') {
    show('search');
    $('search-input').focus();
  } else if (view === 'map') {
    show('map');
    loadMap();
  } else if (view === 'playlist' && state.playlist) {
    show('playlist');
  } else {
    show('home');
  }
}

// ---- signing in

function showSignIn() {
  show('signin');
  $('signin-token').focus();
}

async function signIn(event) {
  event.preventDefault();
  $('signin-error').textContent = '';
  const token = $('signin-token').value;
  try {
    await fetch('/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: query([['token', token]]),
    }).then(async response => {
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.error || 'The server answered ' + response.status + '.');
      }
    });
    $('signin-token').value = '';
    await start();
  } catch (e) {
    $('signin-error').textContent = e.message;
    $('signin-token').select();
  }
}

// ---- home

async function loadUsers() {
  const body = await api('/users');
  const picker = $('user-picker');
  picker.replaceChildren();
  const users = body.users.slice();
  if (body.default && !users.includes(body.default)) users.unshift(body.default);
  for (const user of users) picker.append(element('option', { value: user, text: user }));
  state.user = body.default || users[0] || null;
  if (state.user) picker.value = state.user;
  picker.disabled = users.length === 0;
}

async function loadHome() {
  const container = $('collections');
  container.replaceChildren();
  if (!state.user) {
    $('home-status').textContent = 'No user has collections yet: run ./moomoo jobs run create-collections username=NAME, '
      + 'then the collection jobs. Search and the map work meanwhile.';
    return;
  }
  $('home-status').textContent = 'Collections of ' + state.user;
  const user = state.user;
  const answers = await Promise.all(COLLECTIONS.map(collection =>
    api('/playlist/' + collection.route + '/' + encodeURIComponent(user))
      .then(body => ({ collection, playlists: body.playlists }))
      .catch(error => ({ collection, error }))));
  if (user !== state.user) return;
  for (const answer of answers) {
    const section = element('section', { class: 'collection', 'data-collection': answer.collection.route });
    section.append(element('h2', { text: answer.collection.name }));
    if (answer.error && answer.error.status === 404) {
      section.append(element('p', { class: 'muted', text: 'None yet: ./moomoo jobs run ' + answer.collection.job
        + ' username=' + user + ' makes ' + (answer.collection.job === 'loved-tracks' ? 'it' : 'them') + '.' }));
    } else if (answer.error) {
      section.append(element('p', { class: 'muted', text: answer.error.message }));
    } else {
      const cards = element('div', { class: 'cards' });
      answer.playlists.forEach((playlist, i) => {
        const title = playlist.title || answer.collection.name + ' ' + (i + 1);
        cards.append(element('button', {
          type: 'button',
          class: 'card',
          onclick: () => openPlaylist({ title, description: playlist.description, tracks: playlist.playlist }),
        }, element('strong', { text: title }),
        element('span', { text: (playlist.description || '') + ' · ' + playlist.playlist.length + ' tracks' })));
      });
      section.append(cards);
    }
    container.append(section);
  }
}

// ---- playlists

/** Adds each track's tags (the playlist routes carry none) from /library/tracks. */
async function withTags(tracks) {
  const tags = new Map();
  for (let i = 0; i < tracks.length; i += 200) {
    const chunk = tracks.slice(i, i + 200);
    try {
      const body = await api('/library/tracks?' + query(chunk.map(track => ['path', track.filepath])));
      for (const track of body.tracks) tags.set(track.filepath, track);
    } catch (e) {
      // Without tags the page shows file names.
    }
  }
  return tracks.map(track => ({ ...(tags.get(track.filepath) || {}), ...track }));
}

async function openPlaylist(playlist) {
  state.playlist = { ...playlist, tracks: await withTags(playlist.tracks) };
  renderPlaylist();
  location.hash = 'playlist';
  show('playlist');
  $('playlist-title').focus();
}

/** A path's last part without its extension: how a reason's text names a file. */
function fileStem(path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The similarity reason in a track's reason (a top artist's or a smart mix's wraps one), or null. */
function similarity(why) {
  while (why && why.kind !== 'similar') why = why.because;
  return why || null;
}

/**
 * The line under a track: its distance, then the server's reason with its nearest seed named as
 * the page names it; without a reason (a playlist stored before reasons) what the page can tell.
 */
function reason(track, tracks) {
  const distance = track.match_distance === undefined || track.match_distance === null ? ''
    : 'distance ' + track.match_distance.toFixed(3);
  if (track.reason && track.reason.text) {
    let text = track.reason.text;
    const similar = similarity(track.reason);
    const seed = similar && tracks.find(other => other.filepath === similar.nearest_seed);
    // The reason names a seed by its file name; the page shows its title where it knows it.
    if (seed) text = text.replace('close to ' + fileStem(seed.filepath), 'close to ' + displayName(seed));
    return distance ? distance + ' · ' + text : text;
  }
  if (track.is_seed) return 'seed';
  if (!distance) return '';
  const seeds = tracks.filter(other => other.is_seed);
  const close = seeds.length === 1 ? ' · close to ' + displayName(seeds[0])
    : seeds.length > 1 ? ' · close to the ' + seeds.length + ' seeds' : '';
  return distance + close;
}

function renderPlaylist() {
  const playlist = state.playlist;
  $('playlist-title').textContent = playlist.title || 'Playlist';
  $('playlist-title').setAttribute('tabindex', '-1');
  $('playlist-description').textContent = playlist.description || '';
  const list = $('playlist-tracks');
  list.replaceChildren();
  playlist.tracks.forEach((track, i) => {
    list.append(trackRow(track, [
      ['Play', () => play(playlist.tracks, i)],
      ['More like this', () => moreLikeThis([track.filepath], displayName(track))],
    ], reason(track, playlist.tracks)));
  });
  const total = playlist.tracks.reduce((sum, track) => sum + (track.track_length_seconds || 0), 0);
  $('playlist-status').textContent = playlist.tracks.length + ' tracks · ' + seconds(total);
  markPlaying();
}

function trackRow(track, actions, why) {
  const meta = [track.artist, track.album].filter(Boolean).join(' — ');
  const item = element('li', { 'data-path': track.filepath },
    element('span', { class: 'name', text: displayName(track) }),
    element('span', { class: 'buttons' },
      ...actions.map(([label, action]) => element('button', { type: 'button', onclick: action, text: label }))),
    element('span', { class: 'meta', text: (meta ? meta + ' · ' : '') + seconds(track.track_length_seconds || 0)
      + ' · ' + track.filepath }));
  if (why) item.append(element('span', { class: 'reason', text: why }));
  return item;
}

async function moreLikeThis(paths, name) {
  $('playlist-status').textContent = '';
  try {
    const body = await api('/playlist/from-files?' + query([...paths.map(path => ['path', path]), ['n', '30']]));
    await openPlaylist({ title: 'More like ' + name, description: 'Tracks that sound close to ' + name,
      tracks: body.playlists[0].playlist });
  } catch (e) {
    show('playlist');
    $('playlist-title').textContent = 'More like ' + name;
    $('playlist-tracks').replaceChildren();
    $('playlist-status').textContent = e.message;
  }
}

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- search

let searchTimer = null;
let searchNumber = 0;

function folder(path, up) {
  const parts = path.split('/');
  return parts.length > up ? parts.slice(0, parts.length - up).join('/') : null;
}

async function search() {
  const text = $('search-input').value.trim();
  const number = ++searchNumber;
  if (!text) {
    $('search-results').replaceChildren();
    $('search-status').textContent = '';
    return;
  }
  try {
    const body = await api('/library/search?' + query([['q', text], ['limit', '50']]));
    if (number !== searchNumber) return;
    const list = $('search-results');
    list.replaceChildren();
    body.tracks.forEach((track, i) => {
      const album = folder(track.filepath, 1);
      const artist = folder(track.filepath, 2);
      const actions = [['Play', () => play(body.tracks, i)]];
      if (track.embedded) actions.push(['More like this', () => moreLikeThis([track.filepath], displayName(track))]);
      if (album) actions.push(['Album', () => moreLikeThis([album], track.album || album)]);
      if (artist) actions.push(['Artist', () => moreLikeThis([artist], track.artist || artist)]);
      list.append(trackRow(track, actions, ''));
    });
    $('search-status').textContent = body.total === 0 ? 'Nothing matches.'
      : body.total > body.tracks.length ? body.tracks.length + ' of ' + body.total + ' matches' : body.total + ' matches';
  } catch (e) {
    if (number === searchNumber) $('search-status').textContent = e.message;
  }
}

// ---- player

function fileUrl(path) {
  return '/library/file?' + query([['path', path]]);
}

function play(tracks, index) {
  state.queue = tracks.slice();
  playAt(index);
}

function playAt(index) {
  if (index < 0 || index >= state.queue.length) return;
  state.index = index;
  const track = state.queue[index];
  const audio = $('audio');
  audio.src = fileUrl(track.filepath);
  $('player-title').textContent = displayName(track) + (track.artist ? ' — ' + track.artist : '');
  audio.play().catch(() => {});
  markPlaying();
}

function markPlaying() {
  const current = state.queue[state.index];
  for (const item of document.querySelectorAll('.tracks li')) {
    item.classList.toggle('playing', !!current && item.dataset.path === current.filepath);
  }
}

// The audio element does not show the server's reason: ask for one byte to read it, mark the
// track and go on with the next.
async function unplayable() {
  const track = state.queue[state.index];
  if (!track) return;
  let message = 'This file cannot be played.';
  try {
    const response = await fetch(fileUrl(track.filepath), { headers: { Range: 'bytes=0-0' } });
    if (!response.ok) message = (await response.json()).error || message;
  } catch (e) {
    // Keep the general message.
  }
  for (const item of document.querySelectorAll('.tracks li')) {
    if (item.dataset.path === track.filepath) {
      item.classList.add('unplayable');
      item.title = message;
    }
  }
  $('player-title').textContent = displayName(track) + ': ' + message;
  if (state.index + 1 < state.queue.length) playAt(state.index + 1);
}

function setUpPlayer() {
  const audio = $('audio');
  $('player-play').addEventListener('click', () => {
    if (!audio.src && state.queue.length) playAt(0);
    else if (audio.paused) audio.play().catch(() => {});
    else audio.pause();
  });
  $('player-next').addEventListener('click', () => playAt(state.index + 1));
  $('player-prev').addEventListener('click', () => playAt(Math.max(0, state.index - 1)));
  audio.addEventListener('play', () => {
    $('player-play').textContent = 'Pause';
  });
  audio.addEventListener('pause', () => {
    $('player-play').textContent = 'Play';
  });
  audio.addEventListener('loadedmetadata', () => {
    $('player-seek').max = String(Math.floor(audio.duration || 0));
    $('player-duration').textContent = seconds(audio.duration);
  });
  audio.addEventListener('timeupdate', () => {
    $('player-seek').value = String(Math.floor(audio.currentTime));
    $('player-time').textContent = seconds(audio.currentTime);
  });
  audio.addEventListener('ended', () => playAt(state.index + 1));
  audio.addEventListener('error', unplayable);
  $('player-seek').addEventListener('input', event => {
    audio.currentTime = Number(event.target.value);
  });
}

// ---- map

const view = { scale: 1, x: 0, y: 0 };

function colour(number) {
  // Golden-angle hues: neighbouring numbers get distant colours; light enough for the dark background.
  return 'hsl(' + ((number * 137.508) % 360).toFixed(1) + ', 70%, 62%)';
}

async function loadMap() {
  if (state.map) {
    drawMap();
    return;
  }
  $('map-status').textContent = 'Loading the map…';
  try {
    state.map = await api('/library/map');
    $('map-status').textContent = state.map.points + ' tracks, ' + state.map.artists.length + ' artists';
    drawMap();
  } catch (e) {
    $('map-status').textContent = e.message;
  }
}

function mapBounds() {
  const map = state.map;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < map.points; i++) {
    minX = Math.min(minX, map.x[i]); maxX = Math.max(maxX, map.x[i]);
    minY = Math.min(minY, map.y[i]); maxY = Math.max(maxY, map.y[i]);
  }
  return { minX, maxX, minY, maxY };
}

function toScreen(canvas, bounds, i) {
  const map = state.map;
  const pad = 12;
  const width = Math.max(bounds.maxX - bounds.minX, 1e-9);
  const height = Math.max(bounds.maxY - bounds.minY, 1e-9);
  const fit = Math.min((canvas.width - 2 * pad) / width, (canvas.height - 2 * pad) / height);
  const sx = (map.x[i] - (bounds.minX + bounds.maxX) / 2) * fit * view.scale + canvas.width / 2 + view.x;
  const sy = canvas.height / 2 - (map.y[i] - (bounds.minY + bounds.maxY) / 2) * fit * view.scale + view.y;
  return [sx, sy];
}

function drawMap() {
  const canvas = $('map-canvas');
  const map = state.map;
  if (!map || canvas.clientWidth === 0) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(canvas.clientWidth * ratio);
  canvas.height = Math.round(canvas.clientHeight * ratio);
  const context = canvas.getContext('2d');
  context.clearRect(0, 0, canvas.width, canvas.height);
  const bounds = mapBounds();
  const by = $('map-colour').value === 'album' ? map.album : map.artist;
  // Points shrink as the library grows, so that 100,000 of them stay a picture and not a blot.
  const radius = (map.points > 20000 ? 1 : map.points > 2000 ? 1.5 : 3.5) * ratio;
  let drawn = 0;
  for (let i = 0; i < map.points; i++) {
    const [sx, sy] = toScreen(canvas, bounds, i);
    context.fillStyle = colour(by[i]);
    context.beginPath();
    context.arc(sx, sy, radius, 0, 2 * Math.PI);
    context.fill();
    drawn++;
  }
  canvas.dataset.points = String(drawn);
}

function nearest(canvas, px, py) {
  const bounds = mapBounds();
  let best = -1, bestDistance = Infinity;
  for (let i = 0; i < state.map.points; i++) {
    const [sx, sy] = toScreen(canvas, bounds, i);
    const distance = (sx - px) ** 2 + (sy - py) ** 2;
    if (distance < bestDistance) { best = i; bestDistance = distance; }
  }
  return { index: best, distance: Math.sqrt(bestDistance) };
}

function pick(index) {
  const map = state.map;
  const path = map.paths[index];
  const track = { filepath: path, artist: map.artists[map.artist[index]], album: map.albums[map.album[index]] };
  $('map-pick').hidden = false;
  $('map-pick').dataset.path = path;
  $('map-pick-name').textContent = displayName(track) + ' — ' + track.artist + ' · ' + path;
  $('map-pick-play').onclick = () => play([track], 0);
  $('map-pick-more').onclick = () => moreLikeThis([path], displayName(track));
}

function setUpMap() {
  const canvas = $('map-canvas');
  const zoom = factor => { view.scale *= factor; view.x *= factor; view.y *= factor; drawMap(); };
  $('map-zoom-in').addEventListener('click', () => zoom(1.5));
  $('map-zoom-out').addEventListener('click', () => zoom(1 / 1.5));
  $('map-reset').addEventListener('click', () => { view.scale = 1; view.x = 0; view.y = 0; drawMap(); });
  $('map-colour').addEventListener('change', drawMap);
  canvas.addEventListener('wheel', event => {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2);
  }, { passive: false });
  let drag = null;
  canvas.addEventListener('pointerdown', event => { drag = { x: event.clientX, y: event.clientY, moved: false }; });
  canvas.addEventListener('pointermove', event => {
    if (!drag) return;
    const ratio = window.devicePixelRatio || 1;
    const dx = (event.clientX - drag.x) * ratio, dy = (event.clientY - drag.y) * ratio;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (drag.moved) {
      view.x += dx; view.y += dy;
      drag.x = event.clientX; drag.y = event.clientY;
      drawMap();
    }
  });
  canvas.addEventListener('pointerup', event => {
    const wasDrag = drag && drag.moved;
    drag = null;
    if (wasDrag || !state.map) return;
    const ratio = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    const hit = nearest(canvas, (event.clientX - rect.left) * ratio, (event.clientY - rect.top) * ratio);
    if (hit.index >= 0 && hit.distance < 12 * ratio) pick(hit.index);
  });
  canvas.addEventListener('keydown', event => {
    const step = 40;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[event.key]) {
      view.x += moves[event.key][0]; view.y += moves[event.key][1]; drawMap();
    } else if (event.key === '+' || event.key === '=') zoom(1.5);
    else if (event.key === '-') zoom(1 / 1.5);
    else if (event.key === 'Enter' && state.map) {
      pick(nearest(canvas, canvas.width / 2, canvas.height / 2).index);
    } else return;
    event.preventDefault();
  });
  window.addEventListener('resize', () => { if (!$('map').hidden) drawMap(); });
}

// ---- start

async function start() {
  const session = await api('/session');
  if (session.token_required && !session.signed_in) {
    showSignIn();
    return;
  }
  try {
    const info = await api('/library/info');
    state.root = info.root;
  } catch (e) {
    state.root = null;
  }
  try {
    await loadUsers();
  } catch (e) {
    $('home-status').textContent = e.message;
  }
  route();
  await loadHome().catch(e => { $('home-status').textContent = e.message; });
  document.body.dataset.ready = 'true';
}

function setUp() {
  $('signin-form').addEventListener('submit', signIn);
  $('user-picker').addEventListener('change', event => {
    state.user = event.target.value;
    loadHome();
    location.hash = 'home';
  });
  $('search-input').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 120);
  });
  $('playlist-play').addEventListener('click', () => state.playlist && play(state.playlist.tracks, 0));
  const exporters = { m3u8: [m3u8, 'audio/x-mpegurl'], xspf: [xspf, 'application/xspf+xml'], jspf: [jspf, 'application/json'] };
  for (const [extension, [render, type]] of Object.entries(exporters)) {
    $('export-' + extension).addEventListener('click', () => {
      if (state.playlist) download(render(state.playlist, state.root), fileName(state.playlist, extension), type);
    });
  }
  window.addEventListener('hashchange', () => { if (document.body.dataset.ready) route(); });
  setUpPlayer();
  setUpMap();
  start().catch(e => { $('home-status').textContent = e.message; show('home'); });
}

setUp();
