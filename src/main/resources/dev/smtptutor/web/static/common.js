// Shared by the pages: the words (from the page, never in this file) and safe element building.
// Text only ever goes in with textContent, so nothing a student sent can become markup.
'use strict';
const WORDS = JSON.parse(document.getElementById('words').textContent);

function word(key, values) {
  let text = WORDS['js.' + key];
  if (text === undefined) { return key; }
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split('{' + name + '}').join(String(value));
  }
  return text;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name === 'class') { node.className = value; } else { node.setAttribute(name, value); }
  }
  for (const child of children) {
    if (child === null || child === undefined) { continue; }
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function codeClass(code) {
  return code >= 200 && code < 600 ? 'code' + Math.floor(code / 100) : '';
}

function showLive(state) {
  const live = document.getElementById('live');
  live.dataset.state = state;
  live.textContent = word('live.' + state);
}

// An EventSource reconnects by itself and sends Last-Event-ID, so the server resumes where it broke.
function listen(url, handlers) {
  const source = new EventSource(url);
  source.onopen = () => showLive('open');
  source.onerror = () => showLive('reconnecting');
  for (const [type, handler] of Object.entries(handlers)) {
    source.addEventListener(type, event => handler(JSON.parse(event.data), event));
  }
  return source;
}
